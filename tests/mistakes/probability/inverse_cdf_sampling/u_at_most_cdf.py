"""Uses u ≤ cdf[i] instead of u < cdf[i]: a u exactly on a boundary goes to the wrong category, and a zero-probability first category can be chosen.

Category i covers the half-open interval [cdf[i−1], cdf[i]). With u == cdf[i] the answer is
i + 1; with np.searchsorted that is side="right", not the default side="left".
"""
import numpy as np


def _check(probs):
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.size == 0 or np.any(probs < 0) or abs(probs.sum() - 1) > 1e-9:
        raise ValueError("bad probs")
    return probs


def categorical_from_uniforms(probs, u):
    probs = _check(probs)
    cdf = np.cumsum(probs)
    index = np.searchsorted(cdf, np.asarray(u, dtype=float), side="left")
    return np.minimum(index, np.flatnonzero(probs > 0)[-1]).astype(np.int64)


def sample_categorical(probs, n, *, seed):
    probs = _check(probs)
    return categorical_from_uniforms(probs, np.random.default_rng(seed).random(n))


def sample_exponential(rate, n, *, seed):
    if rate <= 0:
        raise ValueError("rate")
    return -np.log(1.0 - np.random.default_rng(seed).random(n)) / rate
