"""pos multiplied by base^(2i/D) instead of divided: the high pairs spin faster, not slower.

The wavelengths grow geometrically from 2π to about base·2π: the angle is pos / base^(2i/D),
or equivalently pos · exp(−2i · ln(base) / D) (note the minus sign).
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pos = np.arange(T, dtype=float)[:, None]
    j = np.arange(D)
    angles = pos * base ** (2 * (j // 2) / D)
    return np.where(j % 2 == 0, np.sin(angles), np.cos(angles))
