"""Returns nan for empty input (np.mean of nothing) instead of raising ValueError.

With no observations the likelihood is flat and there is no MLE: raise ValueError. np.mean([])
only warns and returns nan, which then spreads silently.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def gaussian_mle(x):
    x = np.asarray(x, dtype=float)
    mean = np.mean(x) if x.size else float("nan")
    return float(mean), float(np.mean((x - mean) ** 2)) if x.size else float("nan")


def bernoulli_mle(x):
    x = np.asarray(x, dtype=float)
    if not np.all((x == 0) | (x == 1)):
        raise ValueError("bad data")
    return float(x.mean()) if x.size else float("nan")


def poisson_mle(x):
    x = np.asarray(x, dtype=float)
    if np.any(x < 0) or np.any(x % 1 != 0):
        raise ValueError("bad data")
    return float(x.mean()) if x.size else float("nan")
