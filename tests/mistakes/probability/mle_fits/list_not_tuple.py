"""Returns a list [mean, variance] instead of the tuple (mean, variance).

The statement says a tuple: return mean, variance.
"""
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return [float(x.mean()), float(np.var(x))]


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
