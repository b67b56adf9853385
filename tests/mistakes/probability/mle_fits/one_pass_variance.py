"""Computes the variance as mean(x²) − mean²: catastrophic cancellation when the data sit far from 0.

For x = 1e8 + [0, 1, 2], x² is about 1e16, where doubles are spaced 2 apart: the difference
of two such numbers cannot resolve 2/3. Subtract the mean first: mean((x − μ)²).
"""
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(x.mean()), float(np.mean(x ** 2) - x.mean() ** 2)


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
