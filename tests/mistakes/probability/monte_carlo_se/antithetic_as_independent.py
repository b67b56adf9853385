"""Treats the 2·n_pairs antithetic values as independent draws: standard error from all of them, divided by √(2·n_pairs).

f(u) and f(1 − u) are strongly correlated (that is the point). Average each pair first and
compute the standard error from the n_pairs independent pair averages.
"""
import numpy as np


def monte_carlo_mean(f, n, *, seed):
    if n < 2:
        raise ValueError("n")
    y = f(np.random.default_rng(seed).random(n))
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))


def monte_carlo_antithetic(f, n_pairs, *, seed):
    if n_pairs < 2:
        raise ValueError("n_pairs")
    u = np.random.default_rng(seed).random(n_pairs)
    y = np.concatenate([f(u), f(1 - u)])
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(y.size))
