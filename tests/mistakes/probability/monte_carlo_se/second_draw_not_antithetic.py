"""Draws a second, independent set of uniforms instead of using 1 − u: no negative correlation, and not the pinned draw.

The antithetic partner of u is 1 − u, from the same single rng.random(n_pairs) call.
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
    rng = np.random.default_rng(seed)
    u, v = rng.random(n_pairs), rng.random(n_pairs)
    y = (f(u) + f(v)) / 2
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n_pairs))
