"""Hidden tests for transformers/multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None)."""
import numpy as np

from grader.testing import require

S1 = 1 / (1 + np.exp(-1.0))      # σ(1) = e / (e + 1)
S4 = 1 / (1 + np.exp(-4.0))      # σ(4)


def _shift(d):
    """Wo[i, (i + 1) % d] = 1: (a @ Wo)[j] = a[j − 1], a cyclic shift of the features."""
    w = np.zeros((d, d))
    w[np.arange(d), (np.arange(d) + 1) % d] = 1.0
    return w


def test_two_heads_by_hand(kata):
    """x = [[1, 2], [0, 0]], identity weights, H = 2 (Dh = 1): head 0 sees feature 0, head 1 feature 1."""
    x = np.array([[[1.0, 2.0], [0.0, 0.0]]])
    # head 0: values (1, 0), scores [[1, 0], [0, 0]] / √1 -> row 0: σ(1)·1; row 1: (1/2)·1
    # head 1: values (2, 0), scores [[4, 0], [0, 0]]      -> row 0: σ(4)·2; row 1: (1/2)·2
    eye = np.eye(2)
    kata.check("multi_head_attention", x, eye, eye, eye, eye, 2,
               expected=np.array([[[S1, 2 * S4], [0.5, 1.0]]]))


def test_one_token_gives_x_Wv_Wo(kata):
    """T = 1: each head's only key has weight 1, so the output is x Wv Wo: 2·shift(1, 2, 0, −1) = (−2, 2, 4, 0)."""
    x = np.array([[[1.0, 2.0, 0.0, -1.0]], [[0.5, 0.0, 0.0, 0.0]]])
    rng = np.random.default_rng(0)
    Wq, Wk = rng.standard_normal((4, 4)), rng.standard_normal((4, 4))
    # Wv = 2I doubles; Wo shifts features one place right (cyclically)
    kata.check("multi_head_attention", x, Wq, Wk, 2 * np.eye(4), _shift(4), 2,
               expected=np.array([[[-2.0, 2.0, 4.0, 0.0]], [[0.0, 1.0, 0.0, 0.0]]]))


def test_causal_mask_by_hand(kata):
    """Wq = 0 makes every score 0: with a causal mask, token i averages the values of tokens 0 … i."""
    x = np.array([[[3.0, 0.0], [1.0, 2.0], [2.0, 4.0]]])
    eye, zero = np.eye(2), np.zeros((2, 2))
    mask = np.tril(np.ones((3, 3), dtype=bool))
    # row 0: (3, 0); row 1: mean of (3, 0), (1, 2) = (2, 1); row 2: mean of all three = (2, 2)
    kata.check("multi_head_attention", x, zero, eye, eye, eye, 1, mask,
               expected=np.array([[[3.0, 0.0], [2.0, 1.0], [2.0, 2.0]]]))


def test_fully_masked_row_is_exactly_zero(kata):
    """A query that may attend to nothing gives exactly 0.0 (not NaN); the other averages both tokens."""
    x = np.array([[[1.0, 2.0], [3.0, 4.0]]])
    eye, zero = np.eye(2), np.zeros((2, 2))
    mask = np.array([[[[False, False], [True, True]]]])          # (N, 1, T, T)
    kata.check("multi_head_attention", x, zero, eye, eye, eye, 2, mask,
               expected=np.array([[[0.0, 0.0], [2.0, 3.0]]]), rtol=0.0, atol=0.0)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random N, T, D and every H that divides D (1, some, D), no mask."""
    arg_sets = []
    for n, t, d in [(1, 3, 4), (2, 5, 6), (3, 4, 8), (2, 1, 6)]:
        x = rng.standard_normal((n, t, d))
        W = [rng.standard_normal((d, d)) / np.sqrt(d) for _ in range(4)]
        for h in [h for h in range(1, d + 1) if d % h == 0]:
            arg_sets.append(((x, *W, h), {}))
    kata.check_each("multi_head_attention", arg_sets)


def test_matches_reference_with_masks(kata, rng):
    """A causal (T, T) mask, and random (N, 1, T, T) masks with some rows fully masked."""
    n, t, d = 2, 5, 6
    x = rng.standard_normal((n, t, d))
    W = [rng.standard_normal((d, d)) / np.sqrt(d) for _ in range(4)]
    kata.check("multi_head_attention", x, *W, 3, np.tril(np.ones((t, t), dtype=bool)))
    for _ in range(3):
        kata.check("multi_head_attention", x, *W, 2, rng.random((n, 1, t, t)) < 0.5)


def test_heads_not_dividing_D_raise(kata):
    """D = 6 with 4 heads: 4 does not divide 6, ValueError."""
    kata.raises("ValueError", "multi_head_attention", np.zeros((1, 2, 6)), *[np.eye(6)] * 4, 4)


def test_permuting_tokens_permutes_the_output(kata, rng):
    """Without a mask, attention has no notion of order: shuffling the tokens shuffles the outputs."""
    x = rng.standard_normal((1, 6, 4))
    W = [rng.standard_normal((4, 4)) for _ in range(4)]
    perm = rng.permutation(6)
    first = kata.call("multi_head_attention", x, *W, 2)
    second = kata.call("multi_head_attention", x[:, perm], *W, 2)
    a, b = np.asarray(first.value, dtype=float), np.asarray(second.value, dtype=float)
    require(a.shape == (1, 6, 4) and b.shape == (1, 6, 4) and np.allclose(a[:, perm], b, rtol=1e-9, atol=1e-12),
            f"{second.shown}: shuffling the input tokens with {perm.tolist()} should shuffle the output rows "
            "the same way (no mask, no positions)")
