"""sliding_window_view for the forward passes; the backward scatters with np.add.at on index arrays.
"""
import numpy as np
from numpy.lib.stride_tricks import sliding_window_view


def _windows(x, k, s):
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("window too large")
    return sliding_window_view(x, (k, k), axis=(2, 3))[:, :, ::s, ::s]      # (N, C, Ho, Wo, k, k)


def max_pool_forward(x, kernel_size, stride=None):
    return _windows(x, kernel_size, stride or kernel_size).max(axis=(4, 5)).astype(np.float64)


def avg_pool_forward(x, kernel_size, stride=None):
    return _windows(x, kernel_size, stride or kernel_size).mean(axis=(4, 5))


def max_pool_backward(dout, x, kernel_size, stride=None):
    k, s = kernel_size, stride or kernel_size
    win = _windows(x, k, s)
    N, C, Ho, Wo = win.shape[:4]
    first = win.reshape(N, C, Ho, Wo, k * k).argmax(axis=-1)
    n, c, i, j = np.meshgrid(np.arange(N), np.arange(C), np.arange(Ho), np.arange(Wo), indexing="ij")
    dx = np.zeros(x.shape)
    np.add.at(dx, (n, c, i * s + first // k, j * s + first % k), dout)
    return dx


def avg_pool_backward(dout, x, kernel_size, stride=None):
    k, s = kernel_size, stride or kernel_size
    win = _windows(x, k, s)
    N, C, Ho, Wo = win.shape[:4]
    n, c, i, j, u, v = np.meshgrid(np.arange(N), np.arange(C), np.arange(Ho), np.arange(Wo),
                                   np.arange(k), np.arange(k), indexing="ij")
    dx = np.zeros(x.shape)
    np.add.at(dx, (n, c, i * s + u, j * s + v), np.broadcast_to(dout[..., None, None] / (k * k), n.shape))
    return dx
