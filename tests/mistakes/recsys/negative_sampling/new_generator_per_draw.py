"""Creates np.random.default_rng(seed) inside the loop: every draw uses the same first uniform.

Make the generator once and draw all n uniforms from it (one rng.random(n) call).
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
    cdf = np.cumsum(p)
    cdf = cdf / cdf[-1]
    out = [int(np.searchsorted(cdf, np.random.default_rng(seed).random(), side="right")) for _ in range(n)]
    return np.array(out, dtype=np.int64)
