"""Plain Python: weights from unnormalised cumulative sums, one uniform per draw from the same generator, a hand-written binary search."""
import numpy as np


def unigram_distribution(counts, *, power=0.75):
    values = np.asarray(counts, dtype=float)
    if values.ndim != 1 or values.size == 0 or power < 0:
        raise ValueError("bad counts or power")
    weights = []
    for c in values.tolist():
        if c < 0:
            raise ValueError("negative count")
        weights.append(c ** power if c > 0 else 0.0)
    total = sum(weights)
    if total == 0:
        raise ValueError("no positive count")
    return np.array([w / total for w in weights])


def sample_negatives(counts, n, *, exclude, seed, power=0.75):
    p = unigram_distribution(counts, power=power).tolist()
    if n < 0:
        raise ValueError("n < 0")
    for e in np.asarray(exclude, dtype=int).tolist():
        if e < 0 or e >= len(p):
            raise ValueError("exclude out of range")
        p[e] = 0.0
    if sum(p) == 0:
        raise ValueError("nothing left")
    total = sum(p)
    cdf, running = [], 0.0
    for x in p:
        running += x / total
        cdf.append(running)
    cdf = [c / cdf[-1] for c in cdf]
    rng = np.random.default_rng(seed)
    out = []
    for _ in range(n):
        u = rng.random()                    # successive draws equal one rng.random(n) call
        lo, hi = 0, len(cdf)
        while lo < hi:                      # first index with cdf > u (searchsorted side="right")
            mid = (lo + hi) // 2
            if cdf[mid] <= u:
                lo = mid + 1
            else:
                hi = mid
        out.append(lo)
    return np.array(out, dtype=np.int64)
