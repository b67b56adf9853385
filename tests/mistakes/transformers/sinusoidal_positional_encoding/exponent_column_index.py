"""Exponent j/D with j the column index: the cosine of pair i gets exponent (2i + 1)/D instead of 2i/D.

The sine and the cosine of a pair share one frequency, base^(−2i/D) with i = j // 2: writing
pos / base ** (j / D) for every column j gives the cosine columns a different frequency.
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pos = np.arange(T, dtype=float)[:, None]
    j = np.arange(D)
    angles = pos / base ** (j / D)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
