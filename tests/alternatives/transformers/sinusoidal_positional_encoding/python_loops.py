"""Every entry computed with math.sin / math.cos in plain loops."""
import math

import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pe = np.empty((T, D))
    for pos in range(T):
        for j in range(D):
            i = j // 2
            angle = pos / base ** (2 * i / D)
            pe[pos, j] = math.sin(angle) if j % 2 == 0 else math.cos(angle)
    return pe
