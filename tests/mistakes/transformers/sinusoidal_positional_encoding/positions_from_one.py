"""Positions counted from 1: the first row is the encoding of position 1, not of position 0.

Positions are 0 … T − 1, so row 0 is sin(0) = 0 and cos(0) = 1 in every pair.
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pos = np.arange(1, T + 1, dtype=float)[:, None]
    j = np.arange(D)
    angles = pos / base ** (2 * (j // 2) / D)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
