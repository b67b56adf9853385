"""Puts the quantile at position m·q instead of (m − 1)·q: off by one, shifted towards the top (and past the end at q = 1).

With m sorted values the positions run 0 … m − 1, so q = 1 must land on m − 1: h = (m − 1)·q.
"""
import numpy as np


def percentile_linear(values, q):
    s = np.sort(np.asarray(values, dtype=float))
    if s.size == 0 or not 0 <= q <= 1:
        raise ValueError("bad input")
    h = min(s.size * q, s.size - 1)
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
    alpha = 1 - confidence
    return percentile_linear(means, alpha / 2), percentile_linear(means, 1 - alpha / 2)
