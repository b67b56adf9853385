"""Exponent i/D instead of 2i/D: the frequencies fall only half as fast across the pairs.

The paper's exponent is 2i/D, i the pair index (so the last pair reaches about base^(−1)):
the column index of the sine, 2i, not i.
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pos = np.arange(T, dtype=float)[:, None]
    j = np.arange(D)
    angles = pos / base ** ((j // 2) / D)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
