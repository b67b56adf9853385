"""Uses the population standard deviation (np.std default, ddof=0) in the standard error: too small by √((n − 1)/n).

The standard error estimates the spread of the mean from the sample itself; use the sample
standard deviation, y.std(ddof=1), as scipy.stats.sem does.
"""
import numpy as np


def monte_carlo_mean(f, n, *, seed):
    if n < 2:
        raise ValueError("n")
    y = f(np.random.default_rng(seed).random(n))
    return float(y.mean()), float(y.std() / np.sqrt(n))


def monte_carlo_antithetic(f, n_pairs, *, seed):
    if n_pairs < 2:
        raise ValueError("n_pairs")
    u = np.random.default_rng(seed).random(n_pairs)
    y = (f(u) + f(1 - u)) / 2
    return float(y.mean()), float(y.std() / np.sqrt(n_pairs))
