"""Uses −ln(u)/λ instead of −ln(1 − u)/λ: the same distribution, but not the stated draw, and u = 0 gives +inf.

1 − u has the same distribution as u, but the statement pins x = −ln(1 − u)/λ so that results
match bit for bit, and because rng.random() lies in [0, 1): u can be 0, 1 − u cannot.
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
    return -np.log(np.random.default_rng(seed).random(n)) / rate
