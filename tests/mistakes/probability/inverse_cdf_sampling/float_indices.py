"""Returns the category indices as a float64 array (filled into np.zeros(m)) instead of int64.

Categories are integers: build the result with dtype=np.int64 (np.zeros(m, dtype=np.int64)), on
every path, the empty one included.
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
    last = int(np.flatnonzero(probs > 0)[-1])
    out = np.zeros(len(u))
    for j, value in enumerate(u):
        i = 0
        while i < last and not value < cdf[i]:
            i += 1
        out[j] = i
    return out


def sample_categorical(probs, n, *, seed):
    probs = _check(probs)
    return categorical_from_uniforms(probs, np.random.default_rng(seed).random(n))


def sample_exponential(rate, n, *, seed):
    if rate <= 0:
        raise ValueError("rate")
    return -np.log(1.0 - np.random.default_rng(seed).random(n)) / rate
