"""Hidden tests for layers/conv2d_im2col: im2col(x, kh, kw, stride, padding), conv2d_forward and
conv2d_backward(dout, x, w, stride, padding) -> (dx, dw, db)."""
import numpy as np

from grader.testing import require

X33 = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)        # [[1, 2, 3], [4, 5, 6], [7, 8, 9]]


def _numeric(forward_all, x, w, b, G, stride, padding, h=1e-6):
    """Central differences of L = Σ forward(x, w, b, stride, padding) ⊙ G, so that dout = G;
    forward_all maps the list of every perturbed argument tuple to the forward's outputs."""
    arrays, sets = [x, w, b], []
    for which in range(3):
        for index in np.ndindex(arrays[which].shape):
            plus, minus = [a.copy() for a in arrays], [a.copy() for a in arrays]
            plus[which][index] += h
            minus[which][index] -= h
            sets += [(*plus, stride, padding), (*minus, stride, padding)]
    outputs, grads = iter(forward_all(sets)), []
    for which in range(3):
        grad = np.zeros_like(arrays[which])
        for index in np.ndindex(grad.shape):
            grad[index] = (np.sum(np.asarray(next(outputs), dtype=float) * G)
                           - np.sum(np.asarray(next(outputs), dtype=float) * G)) / (2 * h)
        grads.append(grad)
    return tuple(grads)


def test_im2col_by_hand(kata):
    """3×3 input 1..9, 2×2 windows: rows (0,0), (0,1), (1,0), (1,1), each window read row by row."""
    kata.check("im2col", X33, 2, 2, expected=np.array([[1.0, 2.0, 4.0, 5.0], [2.0, 3.0, 5.0, 6.0],
                                                       [4.0, 5.0, 7.0, 8.0], [5.0, 6.0, 8.0, 9.0]]))


def test_im2col_columns_are_channel_then_kernel_position_by_hand(kata):
    """x = 1..8 as (1, C=2, 2, 2), a 2×2 kernel: one window, columns channel 0's (1, 2, 3, 4) then channel 1's (5, 6, 7, 8)."""
    kata.check("im2col", np.arange(1.0, 9.0).reshape(1, 2, 2, 2), 2, 2,
               expected=np.arange(1.0, 9.0).reshape(1, 8))


def test_im2col_rows_are_batch_then_position_by_hand(kata):
    """x (N=2, 1, 1, 3) = [[1, 2, 3]] and [[4, 5, 6]], 1×2 windows: rows (n0, j0), (n0, j1), (n1, j0), (n1, j1)."""
    x = np.array([[[[1.0, 2.0, 3.0]]], [[[4.0, 5.0, 6.0]]]])
    kata.check("im2col", x, 1, 2, expected=np.array([[1.0, 2.0], [2.0, 3.0], [4.0, 5.0], [5.0, 6.0]]))


def test_im2col_stride_and_padding_by_hand(kata):
    """x = [[1, 2], [3, 4]], 2×2 windows, padding 1, stride 2: windows at (0,0), (0,2), (2,0), (2,2) of the padded 4×4."""
    x = np.array([[[[1.0, 2.0], [3.0, 4.0]]]])
    # padded: [[0,0,0,0],[0,1,2,0],[0,3,4,0],[0,0,0,0]]
    kata.check("im2col", x, 2, 2, 2, 1, expected=np.array([[0.0, 0.0, 0.0, 1.0], [0.0, 0.0, 2.0, 0.0],
                                                          [0.0, 3.0, 0.0, 0.0], [4.0, 0.0, 0.0, 0.0]]))


def test_forward_by_hand(kata):
    """w = [[1, 2], [0, 0]] on 1..9 (no flip): out = x[i, j] + 2·x[i, j+1] + b = [[5, 8], [14, 17]] + 1."""
    kata.check("conv2d_forward", X33, np.array([[[[1.0, 2.0], [0.0, 0.0]]]]), np.ones(1),
               expected=np.array([[[[6.0, 9.0], [15.0, 18.0]]]]))


def test_backward_overlapping_windows_add_by_hand(kata):
    """x = 1..9, w = ones 2×2, dout = ones: dx counts the windows over each pixel [[1,2,1],[2,4,2],[1,2,1]]; dw = window sums (12, 16, 24, 28); db = 4."""
    # dw[u, v] = Σ_ij x[i+u, j+v]: (1+2+4+5, 2+3+5+6, 4+5+7+8, 5+6+8+9)
    kata.check("conv2d_backward", np.ones((1, 1, 2, 2)), X33, np.ones((1, 1, 2, 2)),
               expected=(np.array([[[[1.0, 2.0, 1.0], [2.0, 4.0, 2.0], [1.0, 2.0, 1.0]]]]),
                         np.array([[[[12.0, 16.0], [24.0, 28.0]]]]), np.array([4.0])))


def test_backward_with_padding_by_hand(kata):
    """x = [[[[2]]]], w = [[1, 2], [3, 4]], padding 1, dout = ones (2×2): each window holds x once, so dx = 1+2+3+4 = 10, dw = 2·ones, db = 4; dx has x's shape."""
    kata.check("conv2d_backward", np.ones((1, 1, 2, 2)), np.array([[[[2.0]]]]),
               np.array([[[[1.0, 2.0], [3.0, 4.0]]]]), 1, 1,
               expected=(np.array([[[[10.0]]]]), np.full((1, 1, 2, 2), 2.0), np.array([4.0])))


def test_backward_with_stride_by_hand(kata):
    """3×3 input, a 1×1 kernel w = 5, stride 2, dout = [[1, 2], [3, 4]]: dx = 5·dout at the corners, 0 in between."""
    kata.check("conv2d_backward", np.array([[[[1.0, 2.0], [3.0, 4.0]]]]), np.ones((1, 1, 3, 3)),
               np.array([[[[5.0]]]]), 2, 0,
               expected=(np.array([[[[5.0, 0.0, 10.0], [0.0, 0.0, 0.0], [15.0, 0.0, 20.0]]]]),
                         np.array([[[[10.0]]]]), np.array([10.0])))


def test_backward_channels_and_filters_by_hand(kata):
    """1×1 kernels, N = 1, C = 2, F = 2, a 1×2 image: dw[f, c] = Σ_j dout[f, j]·x[c, j]; dx[c] = Σ_f w[f, c]·dout[f]; db = Σ_j dout[f, j]."""
    x = np.array([[[[1.0, 2.0]], [[3.0, 4.0]]]])                 # (1, 2, 1, 2)
    w = np.array([[1.0, 10.0], [100.0, 1000.0]]).reshape(2, 2, 1, 1)
    dout = np.array([[[[1.0, 0.0]], [[0.0, 1.0]]]])              # filter 0 at j = 0, filter 1 at j = 1
    # dx[c=0] = (w00·1, w10·1) = (1, 100); dx[c=1] = (w01, w11) = (10, 1000)
    # dw[0] = (x[0, j=0], x[1, j=0]) = (1, 3); dw[1] = (x[0, j=1], x[1, j=1]) = (2, 4)
    kata.check("conv2d_backward", dout, x, w,
               expected=(np.array([[[[1.0, 100.0]], [[10.0, 1000.0]]]]),
                         np.array([[1.0, 3.0], [2.0, 4.0]]).reshape(2, 2, 1, 1), np.array([1.0, 1.0])))


def test_matches_reference_on_random_layers(kata, rng):
    """Random N, C, H, W, F, kernels, stride (1 to 3) and padding (0 to 2): im2col, forward, backward against the reference."""
    im2cols, forwards, backwards = [], [], []
    for _ in range(8):
        n, c, f = (int(v) for v in rng.integers(1, [3, 4, 4]))
        kh, kw = (int(v) for v in rng.integers(1, 4, size=2))
        h, w = kh + int(rng.integers(0, 5)), kw + int(rng.integers(0, 5))
        stride, padding = int(rng.integers(1, 4)), int(rng.integers(0, 3))
        x, weight, b = rng.standard_normal((n, c, h, w)), rng.standard_normal((f, c, kh, kw)), rng.standard_normal(f)
        h_out, w_out = (h + 2 * padding - kh) // stride + 1, (w + 2 * padding - kw) // stride + 1
        im2cols.append(((x, kh, kw, stride, padding), {}))
        forwards.append(((x, weight, b, stride, padding), {}))
        backwards.append(((rng.standard_normal((n, f, h_out, w_out)), x, weight, stride, padding), {}))
    kata.check_each("im2col", im2cols)
    kata.check_each("conv2d_forward", forwards)
    kata.check_each("conv2d_backward", backwards)


def test_kernel_exactly_the_padded_size(kata, rng):
    """Boundary KH = H + 2P: a single window per image, H_out = W_out = 1: im2col has N rows; backward drops the padding."""
    x, weight = rng.standard_normal((2, 2, 2, 3)), rng.standard_normal((3, 2, 4, 5))
    kata.check("im2col", x, 4, 5, 1, 1)
    kata.check("conv2d_forward", x, weight, rng.standard_normal(3), 1, 1)
    kata.check("conv2d_backward", rng.standard_normal((2, 3, 1, 1)), x, weight, 1, 1)


def test_backward_matches_finite_differences(kata, rng):
    """dx, dw, db equal central differences of L = Σ out ⊙ G on the reference forward (stride 2, padding 1)."""
    x, weight, b = rng.standard_normal((2, 2, 4, 3)), rng.standard_normal((2, 2, 3, 2)), rng.standard_normal(2)
    G = rng.standard_normal((2, 2, 2, 2))          # H_out = (4 + 2 − 3)//2 + 1 = 2, W_out = (3 + 2 − 2)//2 + 1 = 2
    expected = _numeric(lambda sets: [kata.reference.conv2d_forward(*a) for a in sets], x, weight, b, G, 2, 1)
    kata.check("conv2d_backward", G, x, weight, 2, 1, expected=expected, rtol=1e-6, atol=1e-8)


def test_backward_matches_your_own_forward(kata, rng):
    """Your backward agrees with central differences of YOUR forward (L = Σ out ⊙ G, stride 1, padding 1)."""
    x, weight, b = rng.standard_normal((1, 2, 2, 2)), rng.standard_normal((2, 2, 2, 2)), rng.standard_normal(2)
    G = rng.standard_normal((1, 2, 3, 3))
    result = kata.call("conv2d_backward", G, x, weight, 1, 1)
    numerics = _numeric(lambda sets: [r.value for r in kata.calls("conv2d_forward", [(a, {}) for a in sets])],
                        x, weight, b, G, 1, 1)
    for got, numeric, name in zip(result.value, numerics, ["dx", "dw", "db"]):
        got = np.asarray(got, dtype=float)
        require(got.shape == numeric.shape and np.allclose(got, numeric, rtol=1e-6, atol=1e-8),
                f"{result.shown}: your {name} {np.round(got, 6).tolist()} is not the gradient of your forward "
                f"pass; central differences give {np.round(numeric, 6).tolist()}")
