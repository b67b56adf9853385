"""One window at a time per (n, c) with np.unravel_index on the argmax; avg backward with np.full.
"""
import numpy as np


def _check(x, k):
    if x.shape[2] < k or x.shape[3] < k:
        raise ValueError(f"kernel {k} does not fit in {x.shape[2:]}")


def _positions(x, k, s):
    for i in range((x.shape[2] - k) // s + 1):
        for j in range((x.shape[3] - k) // s + 1):
            yield i, j, slice(i * s, i * s + k), slice(j * s, j * s + k)


def max_pool_forward(x, kernel_size, stride=None):
    _check(x, kernel_size)
    s = kernel_size if stride is None else stride
    out = np.zeros((*x.shape[:2], (x.shape[2] - kernel_size) // s + 1, (x.shape[3] - kernel_size) // s + 1))
    for i, j, rs, cs in _positions(x, kernel_size, s):
        out[..., i, j] = np.max(x[..., rs, cs], axis=(-2, -1))
    return out


def max_pool_backward(dout, x, kernel_size, stride=None):
    _check(x, kernel_size)
    s = kernel_size if stride is None else stride
    dx = np.zeros_like(x, dtype=np.float64)
    for n in range(x.shape[0]):
        for c in range(x.shape[1]):
            for i, j, rs, cs in _positions(x, kernel_size, s):
                u, v = np.unravel_index(np.argmax(x[n, c, rs, cs]), (kernel_size, kernel_size))
                dx[n, c, rs.start + u, cs.start + v] += dout[n, c, i, j]
    return dx


def avg_pool_forward(x, kernel_size, stride=None):
    _check(x, kernel_size)
    s = kernel_size if stride is None else stride
    out = np.zeros((*x.shape[:2], (x.shape[2] - kernel_size) // s + 1, (x.shape[3] - kernel_size) // s + 1))
    for i, j, rs, cs in _positions(x, kernel_size, s):
        out[..., i, j] = x[..., rs, cs].sum(axis=(-2, -1)) / kernel_size ** 2
    return out


def avg_pool_backward(dout, x, kernel_size, stride=None):
    _check(x, kernel_size)
    s = kernel_size if stride is None else stride
    dx = np.zeros(x.shape)
    for i, j, rs, cs in _positions(x, kernel_size, s):
        dx[..., rs, cs] += np.full((kernel_size, kernel_size), 1.0 / kernel_size ** 2) * dout[..., i, j, None, None]
    return dx
