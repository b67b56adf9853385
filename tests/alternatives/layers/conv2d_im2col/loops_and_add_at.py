"""im2col by a loop over output positions; col2im with np.add.at on explicit index arrays.
"""
import numpy as np


def _sizes(x, kh, kw, stride, padding):
    return (x.shape[2] + 2 * padding - kh) // stride + 1, (x.shape[3] + 2 * padding - kw) // stride + 1


def im2col(x, kh, kw, stride=1, padding=0):
    N = x.shape[0]
    xp = np.pad(x, ((0, 0), (0, 0), (padding, padding), (padding, padding)))
    Ho, Wo = _sizes(x, kh, kw, stride, padding)
    rows = []
    for n in range(N):
        for i in range(Ho):
            for j in range(Wo):
                rows.append(xp[n, :, i * stride:i * stride + kh, j * stride:j * stride + kw].ravel())
    return np.array(rows, dtype=np.float64)


def conv2d_forward(x, w, b, stride=1, padding=0):
    F = w.shape[0]
    Ho, Wo = _sizes(x, w.shape[2], w.shape[3], stride, padding)
    out = im2col(x, w.shape[2], w.shape[3], stride, padding) @ w.reshape(F, -1).T + b
    return np.ascontiguousarray(out.reshape(x.shape[0], Ho, Wo, F).transpose(0, 3, 1, 2))


def conv2d_backward(dout, x, w, stride=1, padding=0):
    N, C, H, W = x.shape
    F, _, kh, kw = w.shape
    Ho, Wo = dout.shape[2:]
    g = np.moveaxis(dout, 1, -1).reshape(-1, F)
    cols = im2col(x, kh, kw, stride, padding)
    dw = (g.T @ cols).reshape(w.shape)
    db = g.sum(axis=0)
    dcols = g @ w.reshape(F, -1)
    # indices of every (row, column) of cols in the padded input
    n_idx, i_idx, j_idx, c_idx, u_idx, v_idx = np.meshgrid(np.arange(N), np.arange(Ho), np.arange(Wo),
                                                            np.arange(C), np.arange(kh), np.arange(kw), indexing="ij")
    dxp = np.zeros((N, C, H + 2 * padding, W + 2 * padding))
    np.add.at(dxp, (n_idx, c_idx, i_idx * stride + u_idx, j_idx * stride + v_idx),
              dcols.reshape(N, Ho, Wo, C, kh, kw))
    return dxp[:, :, padding:padding + H, padding:padding + W].copy(), dw, db
