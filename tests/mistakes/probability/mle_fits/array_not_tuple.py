"""Returns a numpy array [mean, variance] instead of a tuple of two floats.

The statement says a tuple (mean, variance) of two floats: return float(mean), float(variance).
"""
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return np.array([x.mean(), np.var(x)])


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
