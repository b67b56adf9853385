"""im2col with sliding_window_view; the backward as plain loops over output positions (no col2im).
"""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def im2col(x, kh, kw, stride=1, padding=0):
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))[:, :, ::stride, ::stride]   # (N, C, Ho, Wo, kh, kw)
    N, C, Ho, Wo = win.shape[:4]
    return win.transpose(0, 2, 3, 1, 4, 5).reshape(N * Ho * Wo, C * kh * kw).astype(np.float64)


def conv2d_forward(x, w, b, stride=1, padding=0):
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    win = sliding_window_view(xp, w.shape[2:], axis=(2, 3))[:, :, ::stride, ::stride]
    return np.einsum("nchwuv,fcuv->nfhw", win, w) + b[:, None, None]


def conv2d_backward(dout, x, w, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, kh, kw = w.shape
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    dxp, dw = np.zeros(xp.shape), np.zeros(w.shape)
    for i in range(dout.shape[2]):
        for j in range(dout.shape[3]):
            r, s = i * stride, j * stride
            g = dout[:, :, i, j]                                    # (N, F)
            dxp[:, :, r:r + kh, s:s + kw] += np.einsum("nf,fcuv->ncuv", g, w)
            dw += np.einsum("nf,ncuv->fcuv", g, xp[:, :, r:r + kh, s:s + kw])
    return dxp[:, :, padding:padding + H, padding:padding + W].copy(), dw, dout.sum(axis=(0, 2, 3))
