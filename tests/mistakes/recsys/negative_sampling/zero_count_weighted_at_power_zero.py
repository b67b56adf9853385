"""Raises every count to the power, zeros included: with power = 0, 0 ** 0 = 1 gives a never-seen item weight 1.

An item with count 0 has weight 0 whatever the power: raise only the positive counts.
"""
import numpy as np


def unigram_distribution(counts, *, power=0.75):
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 1 or counts.size == 0 or (counts < 0).any() or power < 0 or not (counts > 0).any():
        raise ValueError("bad counts or power")
    w = counts ** power
    return w / w.sum()


def sample_negatives(counts, n, *, exclude, seed, power=0.75):
    p = unigram_distribution(counts, power=power)
    exclude = np.asarray(exclude, dtype=np.int64).reshape(-1)
    if n < 0 or (exclude.size and (exclude.min() < 0 or exclude.max() >= p.size)):
        raise ValueError("bad n or exclude")
    p[exclude] = 0.0
    if p.sum() <= 0:
        raise ValueError("nothing left")
    p = p / p.sum()
    rng = np.random.default_rng(seed)
    cdf = np.cumsum(p)
    return np.searchsorted(cdf / cdf[-1], rng.random(n), side="right").astype(np.int64)
