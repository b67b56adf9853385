"""Returns the standard deviation σ instead of the variance σ².

The statement asks for (mean, variance): do not take the square root.
"""
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(x.mean()), float(np.std(x))


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0 or not np.all((x == 0) | (x == 1)):
        raise ValueError("bad data")
    return float(x.mean())


def poisson_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0 or np.any(x < 0) or np.any(x % 1 != 0):
        raise ValueError("bad data")
    return float(x.mean())
