"""The PyTorch tutorial's div_term = exp(2i · (−ln base / D)), with the odd-D cosine columns trimmed."""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    position = np.arange(T, dtype=np.float64)[:, None]
    div_term = np.exp(np.arange(0, D, 2) * (-np.log(base) / D))      # ceil(D / 2) frequencies
    pe = np.zeros((T, D))
    pe[:, 0::2] = np.sin(position * div_term)
    pe[:, 1::2] = np.cos(position * div_term[: D // 2])              # odd D: one cosine fewer
    return pe
