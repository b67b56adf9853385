"""Takes the order statistic s[floor(h)] without interpolating towards s[floor(h) + 1].

The rule is linear interpolation: s[i] + (h − i)·(s[i + 1] − s[i]). Rounding down (or to the
nearest rank) is another quantile definition, and not the stated one.
"""
import numpy as np


def percentile_linear(values, q):
    s = np.sort(np.asarray(values, dtype=float))
    if s.size == 0 or not 0 <= q <= 1:
        raise ValueError("bad input")
    return float(s[int((s.size - 1) * q)])


def bootstrap_ci(x, *, n_boot, confidence, seed):
    x = np.asarray(x, dtype=float)
    if x.size == 0 or n_boot < 1 or not 0 < confidence < 1:
        raise ValueError("bad input")
    idx = np.random.default_rng(seed).integers(0, x.size, size=(n_boot, x.size))
    means = x[idx].mean(axis=1)
    alpha = 1 - confidence
    return percentile_linear(means, alpha / 2), percentile_linear(means, 1 - alpha / 2)
