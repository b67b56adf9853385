"""Hidden tests for llm/lora: lora_forward(x, W, A, B, alpha) and lora_merge(W, A, B, alpha)."""
import numpy as np

from grader.testing import require

W = np.eye(2)
A2 = np.array([[1.0, 0.0], [0.0, 1.0]])          # r = 2
B2 = np.array([[0.0, 1.0], [1.0, 0.0]])


def test_merge_scales_by_alpha_over_r_by_hand(kata):
    """r = 2, alpha = 4: the update A B = [[0, 1], [1, 0]] is scaled by 4/2 = 2, so W_merged = [[1, 2], [2, 1]] (not 4, not 1)."""
    kata.check("lora_merge", W, A2, B2, 4.0, expected=np.array([[1.0, 2.0], [2.0, 1.0]]))


def test_forward_by_hand(kata):
    """x = [1, 3], same W, A, B, alpha = 4: x W = [1, 3], x A B = [3, 1], times 2: y = [7, 5]."""
    kata.check("lora_forward", np.array([[1.0, 3.0]]), W, A2, B2, 4.0, expected=np.array([[7.0, 5.0]]))


def test_rank_one_by_hand(kata):
    """r = 1, alpha = 0.5: (0.5/1) · A B with A = [1, 0]ᵀ, B = [0, 2] adds 1 at [0, 1]; x = [3, 4] gives [3, 4 + 3] = [3, 7]."""
    A, B = np.array([[1.0], [0.0]]), np.array([[0.0, 2.0]])
    kata.check("lora_merge", W, A, B, 0.5, expected=np.array([[1.0, 1.0], [0.0, 1.0]]))
    kata.check("lora_forward", np.array([[3.0, 4.0]]), W, A, B, 0.5, expected=np.array([[3.0, 7.0]]))


def test_rectangular_shapes_by_hand(kata):
    """D_in = 3, D_out = 2, r = 1, alpha = 2: W zero, A = [1, 1, 1]ᵀ, B = [1, −1]: y = 2 · (x·1) · [1, −1]."""
    Wz, A, B = np.zeros((3, 2)), np.ones((3, 1)), np.array([[1.0, -1.0]])
    x = np.array([[1.0, 2.0, 3.0], [0.0, -1.0, 0.5]])
    # row sums 6 and −0.5: y = [[12, −12], [−1, 1]]
    kata.check("lora_forward", x, Wz, A, B, 2.0, expected=np.array([[12.0, -12.0], [-1.0, 1.0]]))


def test_zero_B_is_the_frozen_layer(kata, rng):
    """B = 0 (LoRA's initialisation): the forward is exactly x W and the merge equals W, as new arrays."""
    x, Wr, A = rng.standard_normal((4, 5)), rng.standard_normal((5, 3)), rng.standard_normal((5, 2))
    B = np.zeros((2, 3))
    kata.check("lora_forward", x, Wr, A, B, 16.0, expected=x @ Wr)
    kata.check("lora_merge", Wr, A, B, 16.0, expected=Wr.copy(), rtol=0.0, atol=0.0)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random shapes, ranks 1..8 and alphas: forward and merge."""
    forwards, merges = [], []
    for _ in range(8):
        N, D_in, D_out, r = (int(v) for v in rng.integers(1, 9, size=4))
        x, Wr = rng.standard_normal((N, D_in)), rng.standard_normal((D_in, D_out))
        A, B = rng.standard_normal((D_in, r)), rng.standard_normal((r, D_out))
        alpha = float(rng.choice([1.0, 8.0, 16.0, 0.5]))
        forwards.append(((x, Wr, A, B, alpha), {}))
        merges.append(((Wr, A, B, alpha), {}))
    kata.check_each("lora_forward", forwards)
    kata.check_each("lora_merge", merges)


def test_merged_forward_equals_unmerged(kata, rng):
    """The point of merging: x @ lora_merge(W, A, B, alpha) equals lora_forward(x, W, A, B, alpha)."""
    x, Wr = rng.standard_normal((6, 7)), rng.standard_normal((7, 5))
    A, B = rng.standard_normal((7, 3)), rng.standard_normal((3, 5))
    merged = kata.check("lora_merge", Wr, A, B, 8.0).value
    y = kata.check("lora_forward", x, Wr, A, B, 8.0).value
    require(np.allclose(x @ merged, y, rtol=1e-9, atol=1e-12), "x @ lora_merge(...) differs from lora_forward(...)")


def test_shapes_that_do_not_chain_raise(kata):
    """x with the wrong width, A with the wrong height, B with the wrong width, or ranks that differ: ValueError."""
    x, A, B = np.ones((1, 2)), np.ones((2, 1)), np.ones((1, 2))
    kata.raises_each([
        ("ValueError", "lora_forward", (np.ones((1, 3)), W, A, B, 1.0), {}),
        ("ValueError", "lora_forward", (x, W, np.ones((3, 1)), B, 1.0), {}),
        ("ValueError", "lora_merge", (W, A, np.ones((1, 3)), 1.0), {}),
        ("ValueError", "lora_merge", (W, np.ones((2, 2)), B, 1.0), {}),
        # B one column wide against a W two wide: numpy would broadcast A B over W's columns
        ("ValueError", "lora_merge", (W, A, np.ones((1, 1)), 1.0), {}),
        ("ValueError", "lora_forward", (x, W, A, np.ones((1, 1)), 1.0), {}),
    ])


def test_alpha_zero_is_the_frozen_layer(kata, rng):
    """alpha = 0 (a scale of zero): lora_merge returns a NEW copy of W and lora_forward gives x W, with float64 arrays."""
    x, W = rng.standard_normal((3, 4)), rng.standard_normal((4, 5))
    A, B = rng.standard_normal((4, 2)), rng.standard_normal((2, 5))
    kata.check("lora_merge", W, A, B, 0.0, expected=W.copy())
    kata.check("lora_forward", x, W, A, B, 0.0, expected=x @ W)
