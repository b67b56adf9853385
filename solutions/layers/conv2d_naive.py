"""2-D convolution (cross-correlation, as PyTorch's Conv2d), with stride and zero padding.

Task
    A convolutional layer slides F filters, each of shape (C, KH, KW), over an input batch of
    shape (N, C, H, W). Write its forward pass:

        xp = x with P zeros added on EVERY side of the height and width axes
        out[n, f, i, j] = b[f] + Σ_c Σ_u Σ_v w[f, c, u, v] · xp[n, c, i·S + u, j·S + v]

    This is a cross-correlation: the kernel is NOT flipped (as in PyTorch and every deep learning
    library; a textbook "true convolution" would flip it). The output size is

        H_out = (H + 2P − KH) // S + 1,      W_out = (W + 2P − KW) // S + 1

    (floor division: rows and columns left over at the bottom / right are not used).

Signature
    conv2d_forward(x, w, b, stride=1, padding=0) -> out

Shapes and types
    x        a float64 array of shape (N, C, H, W), N ≥ 1
    w        a float64 array of shape (F, C, KH, KW)
    b        a float64 array of shape (F,)
    stride   S, an int ≥ 1, the same for height and width
    padding  P, an int ≥ 0, the same on all four sides
    returns  a new float64 array of shape (N, F, H_out, W_out)
    Raises ValueError when the kernel does not fit in the padded input (KH > H + 2P or
    KW > W + 2P). A kernel exactly the size of the padded input gives a 1 × 1 output.

Example
    >>> x = np.arange(1.0, 10.0).reshape(1, 1, 3, 3)          # [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
    >>> w = np.array([[[[1.0, 2.0], [0.0, 0.0]]]])              # out = x[i, j] + 2·x[i, j + 1]
    >>> conv2d_forward(x, w, np.zeros(1))
    array([[[[ 5.,  8.],
             [14., 17.]]]])

Constraints
    numpy only; loops are fine (this is the naive version). Returns a new array; inputs are not
    modified.
    Coming from PyTorch: the same as torch.nn.functional.conv2d(x, w, b, stride, padding) with
    integer stride and padding, dilation 1 and groups 1; like PyTorch it raises when the kernel is
    larger than the padded input (PyTorch raises RuntimeError, we raise ValueError).

    The hidden tests use N ≤ 2, C ≤ 3, H, W ≤ 7, F ≤ 4, KH, KW ≤ 4, stride ≤ 3, padding ≤ 2.

Time budget: 25 minutes.
"""
import numpy as np


def conv2d_forward(x, w, b, stride=1, padding=0):
    # BEGIN SOLUTION
    # Complexity: O(N·F·H_out·W_out·C·KH·KW) time, O(N·F·H_out·W_out + N·C·(H + 2P)·(W + 2P)) memory for out and the padded input.
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
            out[:, :, i, j] = np.tensordot(window, w, axes=([1, 2, 3], [1, 2, 3])) + b
    return out
    # END SOLUTION
