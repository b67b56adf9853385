"""The weights with np.where, the draw with Generator.choice(len(p), size=n, p=p), which is the same inverse CDF."""
import numpy as np


def unigram_distribution(counts, *, power=0.75):
    counts = np.array(counts, dtype=float)
    if counts.ndim != 1 or len(counts) == 0:
        raise ValueError("counts must be 1-D and non-empty")
    if counts.min() < 0 or power < 0:
        raise ValueError("negative count or power")
    safe = np.where(counts > 0, counts, 1.0)
    w = np.where(counts > 0, safe ** power, 0.0)
    if w.sum() == 0:
        raise ValueError("no positive count")
    return w / w.sum()


def sample_negatives(counts, n, *, exclude, seed, power=0.75):
    p = unigram_distribution(counts, power=power)
    if n < 0:
        raise ValueError("n < 0")
    for e in exclude:
        if not 0 <= e < len(p):
            raise ValueError("excluded index out of range")
        p[e] = 0.0
    if p.sum() == 0:
        raise ValueError("nothing left")
    rng = np.random.default_rng(seed)
    return rng.choice(len(p), size=n, p=p / p.sum()).astype(np.int64)
