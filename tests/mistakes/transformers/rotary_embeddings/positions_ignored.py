"""positions ignored: the angles use 0 … T − 1, so a token whose position is not its row number is rotated wrongly.

Use the positions you are given: with a KV cache the new token at row 0 may be position 57.
"""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    theta = base ** (-2 * np.arange(D // 2) / D)
    a = np.arange(x.shape[-2], dtype=float)[:, None] * theta
    y = np.empty(x.shape)
    y[..., 0::2] = x[..., 0::2] * np.cos(a) - x[..., 1::2] * np.sin(a)
    y[..., 1::2] = x[..., 0::2] * np.sin(a) + x[..., 1::2] * np.cos(a)
    return y
