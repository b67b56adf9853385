"""Conv2d as a matrix product (im2col): forward and backward.

Task
    Unroll every receptive field of the zero-padded input into a row of a matrix (im2col); then
    the convolution is ONE matrix product, and its backward pass is two more plus a col2im that
    scatters the rows back onto the input, ADDING where windows overlap.

        cols = im2col(x, KH, KW, stride, padding)            (N·H_out·W_out, C·KH·KW)
        out  = cols @ w.reshape(F, −1).T + b                 reshaped to (N, F, H_out, W_out)

    Layout of cols (pinned): row r = (n·H_out + i)·W_out + j holds the window of output
    position (n, i, j), i.e. xp[n, :, i·S : i·S + KH, j·S : j·S + KW] flattened in C order
    (channel, then kernel row, then kernel column), the same order as w[f].reshape(−1).
    xp is x with P zeros on every side of H and W; H_out = (H + 2P − KH) // S + 1, same for W.
    The convolution is a cross-correlation (no kernel flip), as in PyTorch.

    Backward, given dout = ∂L/∂out:
        db = Σ of dout over n, i, j          dw = Σ over positions of dout[n, f, i, j] · window(n, i, j)
        dx[n, c, r, s] = Σ over every (f, i, j, u, v) with i·S + u − P = r, j·S + v − P = s of
                         dout[n, f, i, j] · w[f, c, u, v]     (positions in the padding are dropped)

Signature
    im2col(x, kh, kw, stride=1, padding=0) -> cols
    conv2d_forward(x, w, b, stride=1, padding=0) -> out
    conv2d_backward(dout, x, w, stride=1, padding=0) -> (dx, dw, db)

Shapes and types
    x     a float64 array (N, C, H, W), N ≥ 1;   w  (F, C, KH, KW);   b  (F,)
    dout  a float64 array (N, F, H_out, W_out)
    stride S an int ≥ 1, padding P an int ≥ 0, with KH ≤ H + 2P and KW ≤ W + 2P
    returns  im2col: a float64 array (N·H_out·W_out, C·KH·KW); conv2d_forward: a float64 array
             (N, F, H_out, W_out); conv2d_backward: a tuple (dx, dw, db) of float64 arrays of
             shapes x.shape (NOT the padded shape), w.shape and (F,)

Example
    >>> x = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)
    >>> im2col(x, 2, 2)
    array([[1., 2., 4., 5.],
           [2., 3., 5., 6.],
           [4., 5., 7., 8.],
           [5., 6., 8., 9.]])
    >>> dx, dw, db = conv2d_backward(np.ones((1, 1, 2, 2)), np.ones((1, 1, 3, 3)), np.ones((1, 1, 2, 2)))
    >>> dx[0, 0]                      # how many windows cover each pixel
    array([[1., 2., 1.],
           [2., 4., 2.],
           [1., 2., 1.]])

Constraints
    numpy only; a loop over kernel offsets or output positions to build cols is fine. Returns new
    arrays; inputs are not modified.
    Coming from PyTorch: conv2d_forward is torch.nn.functional.conv2d(x, w, b, stride, padding)
    (dilation 1, groups 1); im2col's cols is the transpose of torch.nn.functional.unfold(x, (KH,
    KW), padding=P, stride=S) (which gives (N, C·KH·KW, L)) with the N blocks stacked; dx, dw, db
    are x.grad, w.grad and b.grad for L = Σ out ⊙ dout.

    The hidden tests use N ≤ 2, C ≤ 3, H, W ≤ 7, F ≤ 3, KH, KW ≤ 5, S ≤ 3, P ≤ 2.

Time budget: 40 minutes.
"""
import numpy as np


def im2col(x, kh, kw, stride=1, padding=0):
    # BEGIN SOLUTION
    # Complexity: O(N·H_out·W_out·C·KH·KW) time and memory for cols; the product adds O(N·H_out·W_out·F·C·KH·KW) time.
    n, c, h, w = x.shape
    p, s = padding, stride
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))
    h_out, w_out = (h + 2 * p - kh) // s + 1, (w + 2 * p - kw) // s + 1
    cols = np.empty((n, h_out, w_out, c, kh, kw))
    for u in range(kh):
        for v in range(kw):
            # kernel offset (u, v) reads a strided slice of the padded input, for every window at once
            cols[:, :, :, :, u, v] = xp[:, :, u:u + s * h_out:s, v:v + s * w_out:s].transpose(0, 2, 3, 1)
    return cols.reshape(n * h_out * w_out, c * kh * kw)
    # END SOLUTION


def conv2d_forward(x, w, b, stride=1, padding=0):
    # BEGIN SOLUTION
    n, _, h, width = x.shape
    f, _, kh, kw = w.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (width + 2 * padding - kw) // stride + 1
    out = im2col(x, kh, kw, stride, padding) @ w.reshape(f, -1).T + b    # (N·H_out·W_out, F)
    return out.reshape(n, h_out, w_out, f).transpose(0, 3, 1, 2).copy()
    # END SOLUTION


def conv2d_backward(dout, x, w, stride=1, padding=0):
    # BEGIN SOLUTION
    n, c, h, width = x.shape
    f, _, kh, kw = w.shape
    p, s = padding, stride
    h_out, w_out = dout.shape[2], dout.shape[3]
    dout_rows = dout.transpose(0, 2, 3, 1).reshape(-1, f)     # rows in im2col's (n, i, j) order
    db = dout.sum(axis=(0, 2, 3))
    dw = (dout_rows.T @ im2col(x, kh, kw, s, p)).reshape(w.shape)
    dcols = (dout_rows @ w.reshape(f, -1)).reshape(n, h_out, w_out, c, kh, kw)
    # col2im: scatter each window's gradient back; overlapping windows ADD
    dxp = np.zeros((n, c, h + 2 * p, width + 2 * p))
    for u in range(kh):
        for v in range(kw):
            dxp[:, :, u:u + s * h_out:s, v:v + s * w_out:s] += dcols[:, :, :, :, u, v].transpose(0, 3, 1, 2)
    dx = dxp[:, :, p:p + h, p:p + width].copy()                # the padding has no gradient to return
    return dx, dw, db
    # END SOLUTION
