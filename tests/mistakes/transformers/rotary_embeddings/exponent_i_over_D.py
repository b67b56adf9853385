"""Frequencies base^(−i/D) instead of base^(−2i/D).

θ_i = base^(−2i/D) with i the pair index (0 … D/2 − 1), the same frequencies as the sinusoidal
positional encoding: the slowest pair turns at about base^(−1) per position.
"""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    D = x.shape[-1]
    if D % 2:
        raise ValueError("D must be even")
    theta = base ** (-np.arange(D // 2) / D)
    a = np.asarray(positions, dtype=float)[:, None] * theta
    y = np.empty(x.shape)
    y[..., 0::2] = x[..., 0::2] * np.cos(a) - x[..., 1::2] * np.sin(a)
    y[..., 1::2] = x[..., 0::2] * np.sin(a) + x[..., 1::2] * np.cos(a)
    return y
