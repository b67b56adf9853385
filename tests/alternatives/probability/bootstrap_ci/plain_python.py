"""Plain Python: sorted(), math.floor, and per-resample means with sum()/n."""
import math

import numpy as np


def percentile_linear(values, q):
    s = sorted(float(v) for v in values)
    if not s:
        raise ValueError("no values")
    if q < 0 or q > 1:
        raise ValueError("q must be in [0, 1]")
    h = (len(s) - 1) * q
    lo = math.floor(h)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (h - lo) * (s[hi] - s[lo])


def bootstrap_ci(x, *, n_boot, confidence, seed):
    x = [float(v) for v in x]
    if not x or n_boot < 1 or not (0 < confidence < 1):
        raise ValueError("invalid arguments")
    n = len(x)
    idx = np.random.default_rng(seed).integers(0, n, size=(n_boot, n))
    means = [sum(x[j] for j in row) / n for row in idx.tolist()]
    tail = (1 - confidence) / 2
    return (percentile_linear(means, tail), percentile_linear(means, 1 - tail))
