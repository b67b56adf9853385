"""Rotation with the wrong sign: y_2i = x_2i cos + x_2i+1 sin, y_2i+1 = −x_2i sin + x_2i+1 cos (clockwise).

The statement rotates counter-clockwise, multiplying x_2i + i·x_2i+1 by e^{i·p·θ}: the minus sign
goes in the FIRST component, y_2i = x_2i cos − x_2i+1 sin. Scores still depend on m − n only,
but on the opposite sign of it, so your keys and queries would not match a model trained with RoPE.
"""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    theta = base ** (-2 * np.arange(D // 2) / D)
    a = np.asarray(positions, dtype=float)[:, None] * theta
    y = np.empty(x.shape)
    y[..., 0::2] = x[..., 0::2] * np.cos(a) + x[..., 1::2] * np.sin(a)
    y[..., 1::2] = -x[..., 0::2] * np.sin(a) + x[..., 1::2] * np.cos(a)
    return y
