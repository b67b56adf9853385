"""Resamples WITHOUT replacement (a permutation per resample): every bootstrap mean equals the sample mean.

A bootstrap resample draws n indices with replacement: rng.integers(0, n, size=(n_boot, n)).
A permutation of x has exactly the same mean, so the interval collapses to a point.
"""
import numpy as np


def percentile_linear(values, q):
    s = np.sort(np.asarray(values, dtype=float))
    if s.size == 0 or not 0 <= q <= 1:
        raise ValueError("bad input")
    h = (s.size - 1) * q
    i = int(np.floor(h))
    if i + 1 >= s.size:
        return float(s[i])
    return float(s[i] + (h - i) * (s[i + 1] - s[i]))


def bootstrap_ci(x, *, n_boot, confidence, seed):
    x = np.asarray(x, dtype=float)
    if x.size == 0 or n_boot < 1 or not 0 < confidence < 1:
        raise ValueError("bad input")
    rng = np.random.default_rng(seed)
    means = np.array([x[rng.permutation(x.size)].mean() for _ in range(n_boot)])
    alpha = 1 - confidence
    return percentile_linear(means, alpha / 2), percentile_linear(means, 1 - alpha / 2)
