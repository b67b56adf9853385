"""Calls f once per point (a Python loop) instead of once on the whole array.

f is vectorised and may be expensive to call: pass it the whole array u in one call.
"""
import numpy as np

NAMED_BY_MESSAGE = "call f once, on the whole array u"

def monte_carlo_mean(f, n, *, seed):
    if n < 2:
        raise ValueError("n")
    u = np.random.default_rng(seed).random(n)
    y = np.array([f(np.array([v]))[0] for v in u])
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n))


def monte_carlo_antithetic(f, n_pairs, *, seed):
    if n_pairs < 2:
        raise ValueError("n_pairs")
    u = np.random.default_rng(seed).random(n_pairs)
    y = (f(u) + f(1 - u)) / 2
    return float(y.mean()), float(y.std(ddof=1) / np.sqrt(n_pairs))
