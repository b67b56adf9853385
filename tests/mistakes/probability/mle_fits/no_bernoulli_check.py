"""Accepts Bernoulli observations other than 0 and 1 (e.g. 2 or 0.5) instead of raising ValueError.

A Bernoulli variable takes only the values 0 and 1; anything else means the data are not
Bernoulli, and the mean would not be a probability. Raise ValueError.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(x.mean()), float(np.var(x))


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0:
        raise ValueError("empty")
    return float(x.mean())


def poisson_mle(x):
    x = np.asarray(x, dtype=float)
    if x.size == 0 or np.any(x < 0) or np.any(x % 1 != 0):
        raise ValueError("bad data")
    return float(x.mean())
