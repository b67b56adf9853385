"""Normalises the counts, raises them to the power, and stops: (c / N) ** 0.75 does not sum to 1.

Raising to a power after normalising breaks the normalisation: divide by the sum AFTER the
power (w = c ** power; p = w / w.sum()).
"""
import numpy as np


def unigram_distribution(counts, *, power=0.75):
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 1 or counts.size == 0 or (counts < 0).any() or power < 0 or not (counts > 0).any():
        raise ValueError("bad counts or power")
    p = np.zeros_like(counts)
    p[counts > 0] = (counts[counts > 0] / counts.sum()) ** power
    return p


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
