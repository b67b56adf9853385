"""Hidden tests for layers/conv2d_naive: conv2d_forward(x, w, b, stride=1, padding=0), a
cross-correlation with zero padding on every side and floor output sizes."""
import numpy as np

X33 = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)        # [[1, 2, 3], [4, 5, 6], [7, 8, 9]]


def test_cross_correlation_by_hand(kata):
    """w = [[1, 2], [0, 0]] on [[1..3], [4..6], [7..9]]: out = x[i, j] + 2·x[i, j+1] = [[5, 8], [14, 17]] (not flipped)."""
    # a flipped kernel [[0, 0], [2, 1]] would give 2·x[i+1, j] + x[i+1, j+1] = [[13, 16], [22, 25]]
    kata.check("conv2d_forward", X33, np.array([[[[1.0, 2.0], [0.0, 0.0]]]]), np.zeros(1),
               expected=np.array([[[[5.0, 8.0], [14.0, 17.0]]]]))


def test_zero_padding_on_every_side_by_hand(kata):
    """x = [[1, 2], [3, 4]], 2×2 ones, b = 10, padding 1: a 4×4 padded input, 3×3 output of window sums + 10."""
    x = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
    # window sums over [[0,0,0,0],[0,1,2,0],[0,3,4,0],[0,0,0,0]]: [[1, 3, 2], [4, 10, 6], [3, 7, 4]]
    kata.check("conv2d_forward", x, np.ones((1, 1, 2, 2)), np.array([10.0]), padding=1,
               expected=np.array([[[[11.0, 13.0, 12.0], [14.0, 20.0, 16.0], [13.0, 17.0, 14.0]]]]))


def test_stride_two_by_hand(kata):
    """x = arange(25) as 5×5, 3×3 ones, stride 2: windows at rows/cols 0 and 2, sums 9·centre = [[54, 72], [144, 162]]."""
    # centre of the window at (r, c) is x[r+1, c+1] = 5(r+1) + (c+1): 6, 8, 16, 18
    x = np.arange(25.0).reshape(1, 1, 5, 5)
    kata.check("conv2d_forward", x, np.ones((1, 1, 3, 3)), np.zeros(1), stride=2,
               expected=np.array([[[[54.0, 72.0], [144.0, 162.0]]]]))


def test_output_size_rounds_down_by_hand(kata):
    """4×4 input, 2×2 kernel, stride 3: H_out = (4 − 2)//3 + 1 = 1, so one window, 0 + 1 + 4 + 5 = 10."""
    x = np.arange(16.0).reshape(1, 1, 4, 4)
    kata.check("conv2d_forward", x, np.ones((1, 1, 2, 2)), np.zeros(1), stride=3, expected=np.array([[[[10.0]]]]))


def test_channels_and_filters_by_hand(kata):
    """1×1 kernels, C = F = 2: out[n, f] = Σ_c w[f, c]·x[n, c] + b[f]; w = [[1, 10], [100, 1000]], b = (0.5, −0.5)."""
    x = np.array([[[[1.0]], [[2.0]]], [[[3.0]], [[4.0]]]])          # (N, C, 1, 1) = (2, 2, 1, 1)
    w = np.array([[1.0, 10.0], [100.0, 1000.0]]).reshape(2, 2, 1, 1)
    # n = 0: (1 + 20 + 0.5, 100 + 2000 − 0.5); n = 1: (3 + 40 + 0.5, 300 + 4000 − 0.5)
    kata.check("conv2d_forward", x, w, np.array([0.5, -0.5]),
               expected=np.array([[21.5, 2099.5], [43.5, 4299.5]]).reshape(2, 2, 1, 1))


def test_kernel_exactly_the_padded_size(kata):
    """Boundary: a 4×4 kernel on a 2×2 input with padding 1 fits exactly: a 1×1 output, 1 + 2 + 3 + 4 + b."""
    x = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
    kata.check("conv2d_forward", x, np.ones((1, 1, 4, 4)), np.array([-1.0]), padding=1, expected=np.array([[[[9.0]]]]))


def test_kernel_larger_than_the_padded_input_raises(kata):
    """A 3×3 kernel on a 2×2 input without padding does not fit: ValueError (one row or column too many counts)."""
    kata.raises("ValueError", "conv2d_forward", np.ones((1, 1, 2, 2)), np.ones((1, 1, 3, 3)), np.zeros(1))
    kata.raises("ValueError", "conv2d_forward", np.ones((1, 1, 4, 2)), np.ones((1, 1, 2, 3)), np.zeros(1))


def test_rectangular_kernels_and_inputs(kata, rng):
    """H ≠ W and KH ≠ KW: (N, C, H, W) = (2, 3, 5, 7), w (4, 3, 2, 3), stride 2, padding 1: against the reference."""
    kata.check("conv2d_forward", rng.standard_normal((2, 3, 5, 7)), rng.standard_normal((4, 3, 2, 3)),
               rng.standard_normal(4), stride=2, padding=1)


def test_matches_reference_on_random_layers(kata, rng):
    """Random N, C, H, W, F, kernel, stride (1 to 3) and padding (0 to 2): against the reference."""
    arg_sets = []
    for _ in range(8):
        n, c, f = (int(v) for v in rng.integers(1, [3, 4, 4]))
        kh, kw = (int(v) for v in rng.integers(1, 4, size=2))
        h, w = kh + int(rng.integers(0, 5)), kw + int(rng.integers(0, 5))
        stride, padding = int(rng.integers(1, 4)), int(rng.integers(0, 3))
        arg_sets.append(((rng.standard_normal((n, c, h, w)), rng.standard_normal((f, c, kh, kw)), rng.standard_normal(f)),
                         dict(stride=stride, padding=padding)))
    kata.check_each("conv2d_forward", arg_sets)
