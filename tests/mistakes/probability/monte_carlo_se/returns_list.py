"""Returns a list [estimate, standard_error] instead of a tuple.

The statement says a tuple (estimate, standard_error) of two floats.
"""
import numpy as np


def monte_carlo_mean(f, n, *, seed):
    if n < 2:
        raise ValueError("n")
    y = f(np.random.default_rng(seed).random(n))
    return [float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))]


def monte_carlo_antithetic(f, n_pairs, *, seed):
    if n_pairs < 2:
        raise ValueError("n_pairs")
    u = np.random.default_rng(seed).random(n_pairs)
    y = (f(u) + f(1 - u)) / 2
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n_pairs))
