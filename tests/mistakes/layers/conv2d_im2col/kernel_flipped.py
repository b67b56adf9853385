"""The kernel is flipped in the forward pass (a textbook true convolution).

Deep learning convolution is a cross-correlation: cols @ w.reshape(F, -1).T with w as it is.
"""
import numpy as np


def im2col(x, kh, kw, stride=1, padding=0):
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


def conv2d_forward(x, w, b, stride=1, padding=0):
    n, _, h, width = x.shape
    f, _, kh, kw = w.shape
    h_out = (h + 2 * padding - kh) // stride + 1
    w_out = (width + 2 * padding - kw) // stride + 1
    out = im2col(x, kh, kw, stride, padding) @ w[:, :, ::-1, ::-1].reshape(f, -1).T + b    # (N·H_out·W_out, F)
    return out.reshape(n, h_out, w_out, f).transpose(0, 3, 1, 2).copy()


def conv2d_backward(dout, x, w, stride=1, padding=0):
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
