"""Every index in a Python loop; ties resolved by scanning with a strict > (the first maximum stays).
"""
import numpy as np


def _sizes(x, k, s):
    H, W = x.shape[2:]
    if k > H or k > W:
        raise ValueError("window too large")
    return (H - k) // s + 1, (W - k) // s + 1


def _argmax(x, n, c, r0, c0, k):
    best, where = None, None
    for u in range(k):
        for v in range(k):
            if best is None or x[n, c, r0 + u, c0 + v] > best:
                best, where = x[n, c, r0 + u, c0 + v], (r0 + u, c0 + v)
    return best, where


def max_pool_forward(x, kernel_size, stride=None):
    s = stride if stride is not None else kernel_size
    Ho, Wo = _sizes(x, kernel_size, s)
    out = np.zeros((x.shape[0], x.shape[1], Ho, Wo))
    for n in range(x.shape[0]):
        for c in range(x.shape[1]):
            for i in range(Ho):
                for j in range(Wo):
                    out[n, c, i, j] = _argmax(x, n, c, i * s, j * s, kernel_size)[0]
    return out


def max_pool_backward(dout, x, kernel_size, stride=None):
    s = stride if stride is not None else kernel_size
    Ho, Wo = _sizes(x, kernel_size, s)
    dx = np.zeros(x.shape)
    for n in range(x.shape[0]):
        for c in range(x.shape[1]):
            for i in range(Ho):
                for j in range(Wo):
                    r, q = _argmax(x, n, c, i * s, j * s, kernel_size)[1]
                    dx[n, c, r, q] += dout[n, c, i, j]
    return dx


def avg_pool_forward(x, kernel_size, stride=None):
    s = stride if stride is not None else kernel_size
    Ho, Wo = _sizes(x, kernel_size, s)
    out = np.zeros((x.shape[0], x.shape[1], Ho, Wo))
    for i in range(Ho):
        for j in range(Wo):
            total = np.zeros(x.shape[:2])
            for u in range(kernel_size):
                for v in range(kernel_size):
                    total += x[:, :, i * s + u, j * s + v]
            out[:, :, i, j] = total / kernel_size ** 2
    return out


def avg_pool_backward(dout, x, kernel_size, stride=None):
    s = stride if stride is not None else kernel_size
    Ho, Wo = _sizes(x, kernel_size, s)
    dx = np.zeros(x.shape)
    for i in range(Ho):
        for j in range(Wo):
            for u in range(kernel_size):
                for v in range(kernel_size):
                    dx[:, :, i * s + u, j * s + v] += dout[:, :, i, j] / kernel_size ** 2
    return dx
