"""Multiplies by the rate instead of dividing: −ln(1 − u)·λ has mean λ, not 1/λ.

The exponential with rate λ has CDF 1 − exp(−λx), so x = −ln(1 − u)/λ. numpy's
rng.exponential(scale) takes the scale 1/λ, which is a common source of this mix-up.
"""
import numpy as np


def _check(probs):
    probs = np.array(probs, dtype=float)
    if probs.ndim != 1 or probs.size == 0 or np.any(probs < 0) or abs(probs.sum() - 1) > 1e-9:
        raise ValueError("bad probs")
    return probs


def categorical_from_uniforms(probs, u):
    probs = _check(probs)
    index = np.searchsorted(np.cumsum(probs), np.asarray(u, dtype=float), side="right")
    return np.minimum(index, np.flatnonzero(probs > 0)[-1]).astype(np.int64)


def sample_categorical(probs, n, *, seed):
    probs = _check(probs)
    return categorical_from_uniforms(probs, np.random.default_rng(seed).random(n))


def sample_exponential(rate, n, *, seed):
    if rate <= 0:
        raise ValueError("rate")
    return -np.log(1.0 - np.random.default_rng(seed).random(n)) * rate
