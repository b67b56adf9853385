"""Seeds the legacy global generator (np.random.seed + np.random.random) instead of np.random.default_rng(seed).

The legacy global RandomState is a different generator (MT19937), so the uniforms differ from
the pinned draw, and seeding global state affects every other caller. Create
rng = np.random.default_rng(seed) and draw u = rng.random(n).
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
    np.random.seed(seed)
    return categorical_from_uniforms(probs, np.random.random(n))


def sample_exponential(rate, n, *, seed):
    if rate <= 0:
        raise ValueError("rate")
    np.random.seed(seed)
    return -np.log(1.0 - np.random.random(n)) / rate
