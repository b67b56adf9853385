"""Sums by hand with ddof=1 for the plain estimate; np.var(ddof=1) on the pair averages via a helper."""
import numpy as np


def monte_carlo_mean(f, n, *, seed):
    if n <= 1:
        raise ValueError("at least two samples are needed")
    y = np.asarray(f(np.random.default_rng(seed).random(n)), dtype=np.float64)
    mean = y.sum() / n
    var = np.sum((y - mean) ** 2) / (n - 1)
    return float(mean), float(np.sqrt(var / n))


def monte_carlo_antithetic(f, n_pairs, *, seed):
    if n_pairs <= 1:
        raise ValueError("at least two pairs are needed")
    rng = np.random.default_rng(seed)
    u = rng.random(n_pairs)
    mirrored = 1.0 - u
    pairs = 0.5 * (f(u) + f(mirrored))
    return monte_carlo_stats(pairs)


def monte_carlo_stats(y):
    n = len(y)
    mean = float(np.mean(y))
    return mean, float(np.sqrt(np.var(y, ddof=1) / n))
