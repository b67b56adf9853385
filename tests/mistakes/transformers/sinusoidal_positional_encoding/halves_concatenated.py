"""All sines then all cosines (tensor2tensor's layout) instead of interleaved sin/cos pairs.

The statement interleaves: column 2i is the sine and column 2i + 1 the cosine of frequency i.
Fill PE[:, 0::2] with the sines and PE[:, 1::2] with the cosines.
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    pos = np.arange(T, dtype=float)[:, None]
    i = np.arange((D + 1) // 2)
    angles = pos / base ** (2 * i / D)
    return np.concatenate([np.sin(angles), np.cos(angles)], axis=1)[:, :D]
