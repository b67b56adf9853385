"""Adds the successes to β as well: Beta(α + k, β + k) instead of Beta(α + k, β + n − k).

β counts failures: the posterior is Beta(α + k, β + (n − k)).
"""
import functools
import math

import numpy as np


def _check(*shapes):
    for s in shapes:
        if not isinstance(s, (int, np.integer)) or s < 1:
            raise ValueError("shape")


def beta_binomial_posterior(alpha, beta, k, n):
    _check(alpha, beta)
    if not 0 <= k <= n:
        raise ValueError("k")
    return alpha + k, beta + k, (alpha + k) / (alpha + beta + 2 * k)


@functools.lru_cache(maxsize=None)
def _log_comb(a, b):
    m = a + b - 1
    return np.array([math.lgamma(m + 1) - math.lgamma(j + 1) - math.lgamma(m - j + 1) for j in range(a, m + 1)])


def beta_cdf(x, a, b):
    _check(a, b)
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    m = a + b - 1
    j = np.arange(a, m + 1)
    return float(np.exp(_log_comb(a, b) + j * math.log(x) + (m - j) * math.log1p(-x)).sum())


def _quantile(q, a, b):
    lo, hi = 0.0, 1.0
    while hi - lo > 1e-12:
        mid = (lo + hi) / 2
        if beta_cdf(mid, a, b) < q:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def beta_credible_interval(a, b, level):
    _check(a, b)
    if not 0 < level < 1:
        raise ValueError("level")
    return _quantile((1 - level) / 2, a, b), _quantile((1 + level) / 2, a, b)
