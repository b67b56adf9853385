"""Divides the variance by n − 1 (the unbiased sample variance, ddof=1) instead of n.

The maximum-likelihood variance is (1/n) Σ (x − μ)²; the n − 1 version is the unbiased
estimator, a different thing. np.var defaults to ddof=0; np.std(ddof=1), pandas and torch default to n − 1.
"""
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(x.mean()), float(np.var(x, ddof=1))


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
