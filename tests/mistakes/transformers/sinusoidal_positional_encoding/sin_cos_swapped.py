"""Sine and cosine swapped: cosine in the even columns, sine in the odd ones.

PE[pos, 2i] is the sine and PE[pos, 2i + 1] the cosine, so position 0 reads (0, 1, 0, 1, …).
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pos = np.arange(T, dtype=float)[:, None]
    j = np.arange(D)
    angles = pos / base ** (2 * (j // 2) / D)
    return np.where(j % 2 == 0, np.cos(angles), np.sin(angles))
