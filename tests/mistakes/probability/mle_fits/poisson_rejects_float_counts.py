"""Rejects Poisson data stored as floats (e.g. 2.0) by checking the Python type instead of the value.

A count is a whole NUMBER, not an int OBJECT: 2.0 is a valid observation and must be accepted.
Raise ValueError only for a negative value or one with a fractional part (x != floor(x)).
"""
import numpy as np

NAMED_BY_MESSAGE = "First: test_poisson_accepts_whole_floats"


def _arr(x):
    a = np.asarray(x, dtype=np.float64)
    if a.size == 0:
        raise ValueError("empty")
    return a


def gaussian_mle(x):
    a = _arr(x)
    mu = a.mean()
    return float(mu), float(((a - mu) ** 2).mean())


def bernoulli_mle(x):
    a = _arr(x)
    if not np.all((a == 0) | (a == 1)):
        raise ValueError("not 0/1")
    return float(a.mean())


def poisson_mle(x):
    a = _arr(x)
    if (a < 0).any() or not all(isinstance(v, (int, np.integer)) for v in np.asarray(x).tolist()):
        raise ValueError("counts must be non-negative ints")
    return float(a.mean())
