"""Welford's one-pass running mean and variance (stable), numpy for the rest."""
import numpy as np


def gaussian_mle(x):
    x = np.asarray(x, dtype=np.float64).ravel()
    if len(x) == 0:
        raise ValueError("need at least one observation")
    mean, m2 = 0.0, 0.0
    for count, value in enumerate(x, start=1):
        delta = value - mean
        mean += delta / count
        m2 += delta * (value - mean)
    return float(mean), float(m2 / len(x))


def bernoulli_mle(x):
    x = np.asarray(x)
    if x.size == 0:
        raise ValueError("need at least one observation")
    if not np.isin(x, [0, 1]).all():
        raise ValueError("Bernoulli data are 0/1")
    return np.count_nonzero(x) / x.size


def poisson_mle(x):
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0:
        raise ValueError("need at least one observation")
    if (x < 0).any() or (np.round(x) != x).any():
        raise ValueError("Poisson data are counts")
    return float(np.sum(x) / x.size)
