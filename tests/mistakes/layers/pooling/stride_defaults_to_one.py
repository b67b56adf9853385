"""stride=None taken as stride 1.

As in PyTorch, the default stride is the kernel size: non-overlapping windows.
"""
import numpy as np


def max_pool_forward(x, kernel_size, stride=None):
    k, s = kernel_size, stride or 1
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("the pooling window is larger than the input")
    h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
    out = np.empty(x.shape[:2] + (h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].max(axis=(2, 3))
    return out


def max_pool_backward(dout, x, kernel_size, stride=None):
    k, s = kernel_size, stride or 1
    n, c = x.shape[:2]
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("the pooling window is larger than the input")
    h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
    dx = np.zeros(x.shape)
    rows, cols = np.meshgrid(np.arange(n), np.arange(c), indexing="ij")
    for i in range(h_out):
        for j in range(w_out):
            window = x[:, :, i * s:i * s + k, j * s:j * s + k].reshape(n, c, k * k)
            first = window.argmax(axis=2)               # the first maximum in row-major order
            u, v = first // k, first % k
            # += : with overlapping windows one position can be the maximum of several
            dx[rows, cols, i * s + u, j * s + v] += dout[:, :, i, j]
    return dx


def avg_pool_forward(x, kernel_size, stride=None):
    k, s = kernel_size, stride or 1
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("the pooling window is larger than the input")
    h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
    out = np.empty(x.shape[:2] + (h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].mean(axis=(2, 3))
    return out


def avg_pool_backward(dout, x, kernel_size, stride=None):
    k, s = kernel_size, stride or 1
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("the pooling window is larger than the input")
    h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
    dx = np.zeros(x.shape)
    for i in range(h_out):
        for j in range(w_out):
            # every position of the window contributed 1/K² of the mean
            dx[:, :, i * s:i * s + k, j * s:j * s + k] += dout[:, :, i:i + 1, j:j + 1] / (k * k)
    return dx
