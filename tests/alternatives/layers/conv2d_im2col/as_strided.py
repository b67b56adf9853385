"""im2col with as_strided on a contiguous padded copy; col2im as a loop over output positions adding whole windows.
"""
import numpy as np
from numpy.lib.stride_tricks import as_strided


def im2col(x, kh, kw, stride=1, padding=0):
    xp = np.ascontiguousarray(np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding))))
    N, C, Hp, Wp = xp.shape
    Ho, Wo = (Hp - kh) // stride + 1, (Wp - kw) // stride + 1
    sn, sc, sh, sw = xp.strides
    view = as_strided(xp, shape=(N, Ho, Wo, C, kh, kw),
                      strides=(sn, sh * stride, sw * stride, sc, sh, sw), writeable=False)
    return view.reshape(N * Ho * Wo, C * kh * kw).copy()


def conv2d_forward(x, w, b, stride=1, padding=0):
    F, _, kh, kw = w.shape
    N, _, H, W = x.shape
    Ho, Wo = (H + 2 * padding - kh) // stride + 1, (W + 2 * padding - kw) // stride + 1
    rows = im2col(x, kh, kw, stride, padding) @ w.reshape(F, -1).T + b
    return rows.reshape(N, Ho * Wo, F).transpose(0, 2, 1).reshape(N, F, Ho, Wo)


def conv2d_backward(dout, x, w, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, kh, kw = w.shape
    Ho, Wo = dout.shape[2:]
    rows = dout.reshape(N, F, Ho * Wo).transpose(0, 2, 1).reshape(-1, F)
    dw = (rows.T @ im2col(x, kh, kw, stride, padding)).reshape(F, C, kh, kw)
    dcols = (rows @ w.reshape(F, -1)).reshape(N, Ho, Wo, C, kh, kw)
    dxp = np.zeros((N, C, H + 2 * padding, W + 2 * padding))
    for i in range(Ho):
        for j in range(Wo):
            dxp[:, :, i * stride:i * stride + kh, j * stride:j * stride + kw] += dcols[:, i, j]
    return dxp[:, :, padding:H + padding, padding:W + padding].copy(), dw, rows.sum(axis=0)
