"""Returns a numpy array [low, high] instead of a tuple of two floats.

The statement says a tuple (low, high) of floats: return float(low), float(high).
"""
import numpy as np


def percentile_linear(values, q):
    s = np.sort(np.asarray(values, dtype=float))
    if s.size == 0 or not 0 <= q <= 1:
        raise ValueError("bad input")
    h = (s.size - 1) * q
    i = int(np.floor(h))
    if i + 1 >= s.size:
        return float(s[i])
    return float(s[i] + (h - i) * (s[i + 1] - s[i]))


def bootstrap_ci(x, *, n_boot, confidence, seed):
    x = np.asarray(x, dtype=float)
    if x.size == 0 or n_boot < 1 or not 0 < confidence < 1:
        raise ValueError("bad input")
    idx = np.random.default_rng(seed).integers(0, x.size, size=(n_boot, x.size))
    means = x[idx].mean(axis=1)
    alpha = 1 - confidence
    return np.array([percentile_linear(means, alpha / 2), percentile_linear(means, 1 - alpha / 2)])
