"""Hidden tests for distributed/tensor_parallel_linear:
tensor_parallel_mlp(X, A, a, B, b, *, n_ranks) -> (A_shards, B_shards, partials, Y)."""
import numpy as np

from grader.testing import require


def f(values):
    return np.array(values, dtype=np.float64)


# The hand-checked MLP: d = 2, h = 4, m = 2. Pre-activations X·A + a are
# [1.0, −0.3, −0.8, 1.6] and [0.2, 0.95, −0.65, 0.15]: relu zeroes three of them.
X = f([[1.0, 2.0], [-1.0, 0.5]])
A = f([[0.1, -0.7, 0.3, 0.2], [0.4, 0.1, -0.5, 0.7]])
a = f([0.1, 0.2, -0.1, 0.0])
B = f([[1.0, 0.0], [0.5, -1.0], [-0.7, 0.1], [0.2, 0.3]])
b = f([0.1, -0.2])
# H = relu(X·A + a) = [[1.0, 0, 0, 1.6], [0.2, 0.95, 0, 0.15]]; Y = H·B + b
Y_BY_HAND = f([[1.42, 0.28], [0.805, -1.105]])


def single_device(X, A, a, B, b):
    return np.maximum(X @ A + a, 0.0) @ B + b


def test_two_ranks_by_hand(kata):
    """R = 2: rank 0 holds hidden units 0–1, rank 1 units 2–3; P_0 = [[1, 0], [0.675, −0.95]], P_1 = [[0.32, 0.48], [0.03, 0.045]]."""
    # P_0 = H[:, :2]·B[:2] and P_1 = H[:, 2:]·B[2:]; Y = P_0 + P_1 + b (b once)
    kata.check("tensor_parallel_mlp", X, A, a, B, b, n_ranks=2,
               expected=(np.stack([A[:, :2], A[:, 2:]]), np.stack([B[:2], B[2:]]),
                         f([[[1.0, 0.0], [0.675, -0.95]], [[0.32, 0.48], [0.03, 0.045]]]), Y_BY_HAND))


def test_one_rank_by_hand(kata):
    """R = 1: one shard holding all of A and B, one partial output, which plus b is Y."""
    kata.check("tensor_parallel_mlp", X, A, a, B, b, n_ranks=1,
               expected=(A[None], B[None], f([[[1.32, 0.48], [0.705, -0.905]]]), Y_BY_HAND))


def test_one_hidden_unit_per_rank_by_hand(kata):
    """R = h = 4: rank r holds column r of A and row r of B; P_r = H[:, r] ⊗ B[r], and Y is unchanged."""
    kata.check("tensor_parallel_mlp", X, A, a, B, b, n_ranks=4,
               expected=(A.T[:, :, None], B[:, None, :],
                         f([[[1.0, 0.0], [0.2, 0.0]], [[0.0, 0.0], [0.475, -0.95]],
                            [[0.0, 0.0], [0.0, 0.0]], [[0.32, 0.48], [0.03, 0.045]]]),
                         Y_BY_HAND))


def test_output_does_not_depend_on_the_rank_count(kata, rng):
    """Y equals the one-device MLP relu(X·A + a)·B + b for every R that divides h = 12."""
    n, d, h, m = 5, 3, 12, 4
    Xr, Ar, ar = rng.standard_normal((n, d)), rng.standard_normal((d, h)), rng.standard_normal(h)
    Br, br = rng.standard_normal((h, m)), rng.standard_normal(m)
    for result in kata.calls("tensor_parallel_mlp", [((Xr, Ar, ar, Br, br), {"n_ranks": n_ranks})
                                                     for n_ranks in (1, 2, 3, 4, 6, 12)]):
        Y = np.asarray(result.value[3], dtype=float)
        want = single_device(Xr, Ar, ar, Br, br)
        require(Y.shape == want.shape and np.allclose(Y, want, rtol=1e-6, atol=1e-9),
                f"{result.shown}: Y should equal relu(X·A + a)·B + b computed on one device, "
                f"whatever R is; the largest difference is {np.max(np.abs(Y - want)) if Y.shape == want.shape else 'a shape'}")


def test_partials_sum_to_the_output_without_the_bias(kata, rng):
    """Σ_r partials[r] + b = Y: the partials hold no bias, and the all-reduce is a plain sum."""
    Xr, Ar, ar = rng.standard_normal((4, 3)), rng.standard_normal((3, 6)), rng.standard_normal(6)
    Br, br = rng.standard_normal((6, 2)), f([0.7, -0.1])
    result = kata.call("tensor_parallel_mlp", Xr, Ar, ar, Br, br, n_ranks=3)
    _, _, partials, Y = (np.asarray(v, dtype=float) for v in result.value)
    require(partials.shape == (3, 4, 2) and np.allclose(partials.sum(axis=0) + br, Y),
            f"{result.shown}: the partial outputs summed over the ranks, plus b once, should be Y")


def test_matches_reference_on_random_inputs(kata, rng):
    """Random sizes (n ≤ 8, d, h, m ≤ 12) and rank counts dividing h, compared with the reference."""
    arg_sets = []
    for _ in range(8):
        n, d, m = int(rng.integers(1, 9)), int(rng.integers(1, 13)), int(rng.integers(1, 13))
        n_ranks = int(rng.integers(1, 5))
        h = n_ranks * int(rng.integers(1, 13 // n_ranks + 1))
        arg_sets.append(((rng.standard_normal((n, d)), rng.standard_normal((d, h)), rng.standard_normal(h),
                          rng.standard_normal((h, m)), rng.standard_normal(m)), {"n_ranks": n_ranks}))
    kata.check_each("tensor_parallel_mlp", arg_sets)


def test_no_rows(kata):
    """n = 0: the shards as usual, partials of shape (R, 0, m) and Y of shape (0, m)."""
    kata.check("tensor_parallel_mlp", np.zeros((0, 2)), A, a, B, b, n_ranks=2,
               expected=(np.stack([A[:, :2], A[:, 2:]]), np.stack([B[:2], B[2:]]), np.zeros((2, 0, 2)),
                         np.zeros((0, 2))))


def test_integer_inputs_give_floats(kata):
    """All-int inputs, R = 2: float64 results; relu(X·A + a) = [[3, 0]] and Y = [[3·2 + 0·5 + 1]] = [[7]]."""
    kata.check("tensor_parallel_mlp", np.array([[1, 1]]), np.array([[1, -2], [2, 0]]), np.array([0, 1]),
               np.array([[2], [5]]), np.array([1]), n_ranks=2,
               expected=(f([[[1], [2]], [[-2], [0]]]), f([[[2]], [[5]]]), f([[[6.0]], [[0.0]]]), f([[7.0]])))


def test_large_magnitudes_both_signs(kata):
    """Weights ±1e6 and inputs ±1e3, R = 2: relu still cuts the negative pre-activations, Y as on one device."""
    Xl = f([[1e3, -2e3], [-1e3, 5e2]])
    Al = A * 1e6
    Bl = B * -1e6
    kata.check("tensor_parallel_mlp", Xl, Al, a, Bl, b, n_ranks=2,
               expected=(np.stack([Al[:, :2], Al[:, 2:]]), np.stack([Bl[:2], Bl[2:]]),
                         np.stack([np.maximum(Xl @ Al[:, :2] + a[:2], 0) @ Bl[:2],
                                   np.maximum(Xl @ Al[:, 2:] + a[2:], 0) @ Bl[2:]]),
                         single_device(Xl, Al, a, Bl, b)))


def test_invalid_arguments_raise(kata):
    """ValueError: R = 0, R = 3 for h = 4, A's rows ≠ X's columns, a, B or b of the wrong size."""
    kata.raises_each([
        ("ValueError", "tensor_parallel_mlp", (X, A, a, B, b), {"n_ranks": 0}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a, B, b), {"n_ranks": 3}),
        ("ValueError", "tensor_parallel_mlp", (X, A[:1], a, B, b), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a[:3], B, b), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a, B[:3], b), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a, B, f([0.1, 0.2, 0.3])), {"n_ranks": 2}),
    ])


def test_shapes_that_would_broadcast_raise(kata):
    """ValueError for a b or an a that numpy would broadcast silently: b (1,), (1, m) or (m, 1), a (1,) with R = 1, a (1, h) or (h, 1)."""
    kata.raises_each([
        ("ValueError", "tensor_parallel_mlp", (X, A, a, B, f([0.5])), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a, B, f([[0.5, 0.1]])), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, f([0.3]), B, b), {"n_ranks": 1}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a[None, :], B, b), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a[:, None], B, b), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a, B, b[:, None]), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, f([0.3]), B, f([0.5])), {"n_ranks": 4}),
    ])


def test_arrays_not_two_dimensional_raise(kata):
    """ValueError for X, A or B not 2-D: one row X = [1, 2] given as a 1-D array, B (4,) for m = 1, A (1, 2, 4)."""
    kata.raises_each([
        ("ValueError", "tensor_parallel_mlp", (f([1.0, 2.0]), A, a, B, b), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A, a, f([1.0, 0.5, -0.7, 0.2]), f([0.1])), {"n_ranks": 2}),
        ("ValueError", "tensor_parallel_mlp", (X, A[None], a, B, b), {"n_ranks": 2}),
    ])


def test_invalid_rank_count_raises_even_with_no_rows(kata):
    """n = 0 still validates: R = 3 does not divide h = 4, R = 8 > h."""
    for n_ranks in (3, 8):
        kata.raises("ValueError", "tensor_parallel_mlp", np.zeros((0, 2)), A, a, B, b, n_ranks=n_ranks)
