"""Cuts at confidence/2 and 1 − confidence/2, mixing up the confidence level with alpha = 1 − confidence.

A 95% interval leaves 2.5% in each tail: low = quantile(alpha/2), high = quantile(1 − alpha/2)
with alpha = 1 − confidence = 0.05.
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
    idx = np.random.default_rng(seed).integers(0, x.size, size=(n_boot, x.size))
    means = x[idx].mean(axis=1)
    return percentile_linear(means, confidence / 2), percentile_linear(means, 1 - confidence / 2)
