"""Max and average pooling: forward and backward.

Task
    Pooling slides a K × K window over each channel of x (N, C, H, W) with stride S and no
    padding, and keeps one number per window: its maximum (max pooling) or its mean (average
    pooling). Window (i, j) covers rows i·S … i·S + K − 1 and columns j·S … j·S + K − 1, and

        H_out = (H − K) // S + 1,      W_out = (W − K) // S + 1

    (floor: rows and columns left over at the bottom / right belong to no window). Write the
    forward passes, and the backward passes that route dout = ∂L/∂out back to x:
      - max: each window's gradient goes to the position of its maximum. If the maximum is tied,
        it goes to the FIRST of the tied positions in row-major order within the window (the
        one np.argmax on the flattened window picks), and only to it.
      - average: each of the K² positions of a window gets dout / K².
    When windows overlap (S < K) a position gets the SUM of what every window sends it.

Signature
    max_pool_forward(x, kernel_size, stride=None) -> out
    max_pool_backward(dout, x, kernel_size, stride=None) -> dx
    avg_pool_forward(x, kernel_size, stride=None) -> out
    avg_pool_backward(dout, x, kernel_size, stride=None) -> dx
    stride=None means stride = kernel_size (non-overlapping windows), as in PyTorch.

Shapes and types
    x, dx    float64 arrays of shape (N, C, H, W), finite values
    out, dout  float64 arrays of shape (N, C, H_out, W_out)
    kernel_size K and stride S: ints ≥ 1, the same for height and width
    returns  a new float64 array. Raises ValueError when K > H or K > W (K = H is fine: one
    window down that axis).

Example
    >>> x = np.array([[[[1.0, 2.0, 5.0, 0.0], [3.0, 4.0, 1.0, 1.0],
    ...                 [0.0, 0.0, 2.0, 2.0], [9.0, 0.0, 2.0, 2.0]]]])
    >>> max_pool_forward(x, 2)
    array([[[[4., 5.],
             [9., 2.]]]])
    >>> max_pool_backward(np.array([[[[1.0, 2.0], [3.0, 4.0]]]]), x, 2)[0, 0]   # the tied 2s: first one
    array([[0., 0., 2., 0.],
           [0., 1., 0., 0.],
           [0., 0., 4., 0.],
           [3., 0., 0., 0.]])

Constraints
    numpy only; loops over output positions are fine. Returns new arrays; inputs are not modified.
    Coming from PyTorch: max_pool2d / avg_pool2d(x, K, S) with padding 0, dilation 1,
    ceil_mode=False (avg: count_include_pad is moot without padding). PyTorch's documentation does
    not promise which tied maximum gets the gradient; its CPU kernel also picks the first in
    row-major order (a strict >), which is the rule here.

    The hidden tests use N ≤ 2, C ≤ 2, H, W ≤ 6, K ≤ 4, S ≤ 3.

Time budget: 30 minutes.
"""
import numpy as np


def max_pool_forward(x, kernel_size, stride=None):
    # BEGIN SOLUTION
    # Complexity: O(N·C·H_out·W_out·K²) time, O(N·C·H_out·W_out) extra memory.
    k, s = kernel_size, stride or kernel_size
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("the pooling window is larger than the input")
    h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
    out = np.empty(x.shape[:2] + (h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].max(axis=(2, 3))
    return out
    # END SOLUTION


def max_pool_backward(dout, x, kernel_size, stride=None):
    # BEGIN SOLUTION
    k, s = kernel_size, stride or kernel_size
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
    # END SOLUTION


def avg_pool_forward(x, kernel_size, stride=None):
    # BEGIN SOLUTION
    k, s = kernel_size, stride or kernel_size
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("the pooling window is larger than the input")
    h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
    out = np.empty(x.shape[:2] + (h_out, w_out))
    for i in range(h_out):
        for j in range(w_out):
            out[:, :, i, j] = x[:, :, i * s:i * s + k, j * s:j * s + k].mean(axis=(2, 3))
    return out
    # END SOLUTION


def avg_pool_backward(dout, x, kernel_size, stride=None):
    # BEGIN SOLUTION
    k, s = kernel_size, stride or kernel_size
    if k > x.shape[2] or k > x.shape[3]:
        raise ValueError("the pooling window is larger than the input")
    h_out, w_out = (x.shape[2] - k) // s + 1, (x.shape[3] - k) // s + 1
    dx = np.zeros(x.shape)
    for i in range(h_out):
        for j in range(w_out):
            # every position of the window contributed 1/K² of the mean
            dx[:, :, i * s:i * s + k, j * s:j * s + k] += dout[:, :, i:i + 1, j:j + 1] / (k * k)
    return dx
    # END SOLUTION
