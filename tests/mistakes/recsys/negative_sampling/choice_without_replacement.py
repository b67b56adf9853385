"""Draws with rng.choice(..., p=p, replace=False): distinct negatives, from a different algorithm.

Negatives are drawn WITH replacement (the same item may come twice), one uniform per draw:
rng.choice(len(p), size=n, p=p) or the inverse CDF of rng.random(n).
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
    return rng.choice(p.size, size=min(n, int((p > 0).sum())), p=p, replace=False).astype(np.int64)
