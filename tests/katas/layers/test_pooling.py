"""Hidden tests for layers/pooling: max_pool_forward/backward and avg_pool_forward/backward
(x, kernel_size, stride=None), no padding, floor output sizes, ties to the first maximum."""
import numpy as np

from grader.testing import require

X4 = np.array([[[[1.0, 2.0, 5.0, 0.0],
                 [3.0, 4.0, 1.0, 1.0],
                 [0.0, 0.0, 2.0, 2.0],
                 [9.0, 0.0, 2.0, 2.0]]]])
D22 = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
CENTRE = np.array([[[[0.0, 0.0, 0.0], [0.0, 9.0, 0.0], [0.0, 0.0, 0.0]]]])
X16 = np.arange(1.0, 17.0).reshape(1, 1, 4, 4)


def _numeric(forward_all, x, G, k, s, h=1e-6):
    """Central differences of L = Σ forward(x, k, s) ⊙ G; forward_all maps the list of every
    perturbed argument tuple to the forward's outputs."""
    sets = []
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += h
        minus[index] -= h
        sets += [(plus, k, s), (minus, k, s)]
    outputs, grad = iter(forward_all(sets)), np.zeros_like(x)
    for index in np.ndindex(x.shape):
        grad[index] = (np.sum(np.asarray(next(outputs), dtype=float) * G)
                       - np.sum(np.asarray(next(outputs), dtype=float) * G)) / (2 * h)
    return grad


def _each(function):
    """function called on each argument tuple of a list: forward_all for the reference."""
    return lambda sets: [function(*a) for a in sets]


def test_max_forward_by_hand(kata):
    """2×2 windows, stride 2 given: maxima of the four blocks are 4, 5, 9 and 2."""
    kata.check("max_pool_forward", X4, 2, 2, expected=np.array([[[[4.0, 5.0], [9.0, 2.0]]]]))


def test_stride_defaults_to_the_kernel_size(kata):
    """max_pool_forward(x, 2) with no stride: stride 2, the same four blocks (stride 1 would give 3×3)."""
    kata.check("max_pool_forward", X4, 2, expected=np.array([[[[4.0, 5.0], [9.0, 2.0]]]]))


def test_max_forward_overlapping_by_hand(kata):
    """1..9 as 3×3, K = 2, stride 1: the maxima are the bottom-right corners, [[5, 6], [8, 9]]."""
    kata.check("max_pool_forward", np.arange(1.0, 10.0).reshape(1, 1, 3, 3), 2, 1,
               expected=np.array([[[[5.0, 6.0], [8.0, 9.0]]]]))


def test_max_backward_ties_go_to_the_first_by_hand(kata):
    """dout = [[1, 2], [3, 4]]: each goes to its block's max; the block of four tied 2s sends 4 to its top-left only."""
    kata.check("max_pool_backward", D22, X4, 2,
               expected=np.array([[[[0.0, 0.0, 2.0, 0.0], [0.0, 1.0, 0.0, 0.0],
                                    [0.0, 0.0, 4.0, 0.0], [3.0, 0.0, 0.0, 0.0]]]]))


def test_max_backward_tie_within_a_row_by_hand(kata):
    """Window [[1, 7], [7, 7]]: the first 7 in row-major order is at (0, 1), so dx = [[0, 5], [0, 0]] for dout = 5."""
    kata.check("max_pool_backward", np.array([[[[5.0]]]]), np.array([[[[1.0, 7.0], [7.0, 7.0]]]]), 2,
               expected=np.array([[[[0.0, 5.0], [0.0, 0.0]]]]))


def test_max_backward_overlapping_windows_add_by_hand(kata):
    """A 9 in the centre of a 3×3 is the max of all four 2×2 windows (stride 1): dx there = 1 + 2 + 3 + 4 = 10."""
    expected = np.zeros((1, 1, 3, 3))
    expected[0, 0, 1, 1] = 10.0
    kata.check("max_pool_backward", D22, CENTRE, 2, 1, expected=expected)


def test_avg_forward_by_hand(kata):
    """1..16 as 4×4, K = 2: block means (1+2+5+6)/4 = 3.5, 5.5, 11.5, 13.5."""
    kata.check("avg_pool_forward", X16, 2, expected=np.array([[[[3.5, 5.5], [11.5, 13.5]]]]))


def test_avg_backward_by_hand(kata):
    """dout = [[4, 8], [12, 16]], K = 2: each position of a block gets dout/4, i.e. 1, 2, 3, 4 per block."""
    kata.check("avg_pool_backward", np.array([[[[4.0, 8.0], [12.0, 16.0]]]]), X16, 2,
               expected=np.array([[[[1.0, 1.0, 2.0, 2.0], [1.0, 1.0, 2.0, 2.0],
                                    [3.0, 3.0, 4.0, 4.0], [3.0, 3.0, 4.0, 4.0]]]]))


def test_avg_backward_overlapping_windows_add_by_hand(kata):
    """3×3 input, K = 2, stride 1, dout = ones: dx = (windows covering each position)/4 = [[¼, ½, ¼], [½, 1, ½], [¼, ½, ¼]]."""
    kata.check("avg_pool_backward", np.ones((1, 1, 2, 2)), CENTRE, 2, 1,
               expected=np.array([[[[0.25, 0.5, 0.25], [0.5, 1.0, 0.5], [0.25, 0.5, 0.25]]]]))


def test_output_size_rounds_down(kata):
    """5×5 input, K = 2, stride 2: H_out = (5 − 2)//2 + 1 = 2; the last row and column get no gradient."""
    x = np.arange(25.0).reshape(1, 1, 5, 5)
    kata.check("max_pool_forward", x, 2, expected=np.array([[[[6.0, 8.0], [16.0, 18.0]]]]))
    kata.check("avg_pool_forward", x, 2, expected=np.array([[[[3.0, 5.0], [13.0, 15.0]]]]))
    expected = np.zeros((1, 1, 5, 5))
    expected[0, 0, :4, :4] = 0.25
    kata.check("avg_pool_backward", np.ones((1, 1, 2, 2)), x, 2, expected=expected)


def test_window_the_size_of_the_input(kata):
    """Boundary K = H = W = 3: one window; max 9 (gradient to it), mean 5 (gradient dout/9 everywhere)."""
    x = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    kata.check("max_pool_forward", x, 3, expected=np.array([[[[9.0]]]]))
    kata.check("avg_pool_forward", x, 3, expected=np.array([[[[5.0]]]]))
    expected = np.zeros((1, 1, 3, 3))
    expected[0, 0, 2, 2] = 2.0
    kata.check("max_pool_backward", np.array([[[[2.0]]]]), x, 3, expected=expected)
    kata.check("avg_pool_backward", np.array([[[[9.0]]]]), x, 3, expected=np.ones((1, 1, 3, 3)))


def test_window_larger_than_the_input_raises(kata):
    """K = 4 on a 3-row (or 3-column) input: ValueError."""
    kata.raises("ValueError", "max_pool_forward", np.ones((1, 1, 3, 5)), 4)
    kata.raises("ValueError", "avg_pool_forward", np.ones((1, 1, 5, 3)), 4)


def test_matches_reference_on_random_inputs(kata, rng):
    """Random N, C, H, W, K (1 to 3), stride (None, 1, 2 or 3), integer-valued inputs with ties: against the reference."""
    calls = {"max_pool_forward": [], "avg_pool_forward": [], "max_pool_backward": [], "avg_pool_backward": []}
    for _ in range(8):
        n, c = (int(v) for v in rng.integers(1, 3, size=2))
        k = int(rng.integers(1, 4))
        h, w = k + int(rng.integers(0, 4)), k + int(rng.integers(0, 4))
        stride = [None, 1, 2, 3][int(rng.integers(0, 4))]
        s = stride or k
        x = rng.integers(0, 3, size=(n, c, h, w)).astype(np.float64)     # small integers: many ties
        dout = rng.standard_normal((n, c, (h - k) // s + 1, (w - k) // s + 1))
        for name in ("max_pool_forward", "avg_pool_forward"):
            calls[name].append(((x, k, stride), {}))
        for name in ("max_pool_backward", "avg_pool_backward"):
            calls[name].append(((dout, x, k, stride), {}))
    for name, arg_sets in calls.items():
        kata.check_each(name, arg_sets)


def test_backward_matches_finite_differences(kata, rng):
    """On distinct values, both backward passes equal central differences of the reference forward (K = 2, stride 1)."""
    x, G = rng.permutation(18).reshape(1, 2, 3, 3).astype(np.float64), rng.standard_normal((1, 2, 2, 2))
    kata.check("max_pool_backward", G, x, 2, 1, expected=_numeric(_each(kata.reference.max_pool_forward), x, G, 2, 1),
               rtol=1e-6, atol=1e-8)
    kata.check("avg_pool_backward", G, x, 2, 1, expected=_numeric(_each(kata.reference.avg_pool_forward), x, G, 2, 1),
               rtol=1e-6, atol=1e-8)


def test_backward_matches_your_own_forward(kata, rng):
    """Your backward passes agree with central differences of YOUR forward passes (distinct values, K = 2, stride 1)."""
    x, G = rng.permutation(9).reshape(1, 1, 3, 3).astype(np.float64), rng.standard_normal((1, 1, 2, 2))
    for kind in ("max", "avg"):
        result = kata.call(f"{kind}_pool_backward", G, x, 2, 1)
        numeric = _numeric(lambda sets: [r.value for r in kata.calls(f"{kind}_pool_forward", [(a, {}) for a in sets])],
                           x, G, 2, 1)
        got = np.asarray(result.value, dtype=float)
        require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-6, atol=1e-8),
                f"{result.shown}: your dx {np.round(got, 6).tolist()} is not the gradient of your forward "
                f"pass; central differences give {np.round(numeric, 6).tolist()}")
