"""Builds the cdf in float32 (p.astype(np.float32)): a draw within ~1e-8 of a boundary lands on the neighbour.

float32 keeps about 7 digits, so every cdf boundary moves by up to a few 1e-8; a uniform that
falls in that gap picks the item next to the right one. The statement's cdf is float64
(np.cumsum of the float64 p), which is what rng.choice uses as well.
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
    p = p / p.sum()
    rng = np.random.default_rng(seed)
    u = rng.random(n)
    cdf = np.cumsum(p.astype(np.float32))
    cdf = cdf / cdf[-1]
    return np.searchsorted(cdf, u, side="right").astype(np.int64)
