"""Accepts probabilities that do not sum to 1 (no ValueError), silently sampling from a wrong distribution.

Validate the input: raise ValueError when an entry is negative or when |Σ probs − 1| > 1e-9.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def categorical_from_uniforms(probs, u):
    probs = np.array(probs, dtype=float)
    if probs.size == 0 or np.any(probs < 0):
        raise ValueError("bad probs")
    index = np.searchsorted(np.cumsum(probs), np.asarray(u, dtype=float), side="right")
    return np.minimum(index, np.flatnonzero(probs > 0)[-1]).astype(np.int64)


def sample_categorical(probs, n, *, seed):
    if len(probs) == 0:
        raise ValueError("empty")
    return categorical_from_uniforms(probs, np.random.default_rng(seed).random(n))


def sample_exponential(rate, n, *, seed):
    if rate <= 0:
        raise ValueError("rate")
    return -np.log(1.0 - np.random.default_rng(seed).random(n)) / rate
