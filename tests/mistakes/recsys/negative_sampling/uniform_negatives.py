"""Draws the negatives uniformly (rng.integers) among the allowed items instead of from p.

Negatives follow the smoothed popularity p ∝ count ** power: map rng.random(n) through the CDF.
"""
import numpy as np


def unigram_distribution(counts, *, power=0.75):
    counts = np.asarray(counts, dtype=float)
    if counts.ndim != 1 or counts.size == 0 or (counts < 0).any() or power < 0 or not (counts > 0).any():
        raise ValueError("bad counts or power")
    w = np.zeros_like(counts)
    w[counts > 0] = counts[counts > 0] ** power
    return w / w.sum()


def sample_negatives(counts, n, *, exclude, seed, power=0.75):
    p = unigram_distribution(counts, power=power)
    exclude = np.asarray(exclude, dtype=np.int64).reshape(-1)
    if n < 0 or (exclude.size and (exclude.min() < 0 or exclude.max() >= p.size)):
        raise ValueError("bad n or exclude")
    p[exclude] = 0.0
    if p.sum() <= 0:
        raise ValueError("nothing left")
    allowed = np.flatnonzero(p > 0)
    rng = np.random.default_rng(seed)
    return allowed[rng.integers(0, allowed.size, n)].astype(np.int64)
