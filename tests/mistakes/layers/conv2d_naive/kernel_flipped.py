"""The kernel is flipped (a textbook true convolution).

Deep learning "convolution" is a cross-correlation: w[f, c, u, v] multiplies xp[i·S + u, j·S + v],
with no flip (PyTorch's conv2d too).
"""
import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    n, c, h, width = x.shape
    f, _, kh, kw = w.shape
    if kh > h + 2 * padding or kw > width + 2 * padding:
        raise ValueError("the kernel is larger than the padded input")
    p, s = padding, stride
    xp = np.pad(x, ((0, 0), (0, 0), (p, p), (p, p)))          # zeros on all four sides
    h_out = (h + 2 * p - kh) // s + 1
    w_out = (width + 2 * p - kw) // s + 1
    out = np.empty((n, f, h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            window = xp[:, :, i * s:i * s + kh, j * s:j * s + kw]     # (N, C, KH, KW)
            # every filter against every window: sum over channels and kernel positions
            out[:, :, i, j] = np.tensordot(window, w[:, :, ::-1, ::-1], axes=([1, 2, 3], [1, 2, 3])) + b
    return out
