"""Accepts n = 1 (no ValueError) and returns a nan standard error.

A sample standard deviation needs at least two values: raise ValueError for n < 2.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"

def monte_carlo_mean(f, n, *, seed):
    y = f(np.random.default_rng(seed).random(n))
    with np.errstate(all="ignore"):
        return float(np.mean(y)) if n else float("nan"), float(np.std(y, ddof=1) / np.sqrt(n)) if n > 1 else float("nan")


def monte_carlo_antithetic(f, n_pairs, *, seed):
    if n_pairs < 2:
        raise ValueError("n_pairs")
    u = np.random.default_rng(seed).random(n_pairs)
    y = (f(u) + f(1 - u)) / 2
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n_pairs))
