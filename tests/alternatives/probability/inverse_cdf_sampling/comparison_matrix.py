"""Vectorised: compare every u with every cdf entry, take the first True per row."""
import numpy as np


def categorical_from_uniforms(probs, u):
    probs = np.asarray(probs, dtype=float)
    if probs.ndim != 1 or len(probs) == 0 or (probs < 0).any() or abs(probs.sum() - 1) > 1e-9:
        raise ValueError("invalid probabilities")
    u = np.asarray(u, dtype=float).reshape(-1)
    below = u[:, None] < np.cumsum(probs)[None, :]
    found = below.any(axis=1)
    first = below.argmax(axis=1)
    fallback = np.nonzero(probs)[0].max()
    return np.where(found, first, fallback).astype(np.int64)


def sample_categorical(probs, n, *, seed):
    probs = np.asarray(probs, dtype=float)
    if len(probs) == 0 or (probs < 0).any() or abs(probs.sum() - 1) > 1e-9:
        raise ValueError("invalid probabilities")
    return categorical_from_uniforms(probs, np.random.default_rng(seed).random(n))


def sample_exponential(rate, n, *, seed):
    if not rate > 0:
        raise ValueError("rate must be positive")
    u = np.random.default_rng(seed).random(n)
    return np.log1p(-u) / -rate
