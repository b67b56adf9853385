"""Returns k (one past the last category) when rounding leaves cdf[-1] just below 1 and u ≥ cdf[-1].

np.cumsum of ten 0.1s is 0.9999999999999999, and rng.random() can return a value above it.
Clip the index to the last category with positive probability.
"""
import numpy as np


def _check(probs):
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.size == 0 or np.any(probs < 0) or abs(probs.sum() - 1) > 1e-9:
        raise ValueError("bad probs")
    return probs


def categorical_from_uniforms(probs, u):
    probs = _check(probs)
    return np.searchsorted(np.cumsum(probs), np.asarray(u, dtype=float), side="right").astype(np.int64)


def sample_categorical(probs, n, *, seed):
    probs = _check(probs)
    return categorical_from_uniforms(probs, np.random.default_rng(seed).random(n))


def sample_exponential(rate, n, *, seed):
    if rate <= 0:
        raise ValueError("rate")
    return -np.log(1.0 - np.random.default_rng(seed).random(n)) / rate
