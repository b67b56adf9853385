"""Computes C(m, j)·x^j·(1 − x)^(m − j) directly: math.comb(m, j) overflows a float once a + b is large.

C(1999, 1000) is about 10^600, beyond the largest double (10^308). Work in logs:
exp(lgamma(m + 1) − lgamma(j + 1) − lgamma(m − j + 1) + j·log x + (m − j)·log1p(−x)).
"""
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
    return alpha + k, beta + n - k, (alpha + k) / (alpha + beta + n)


def beta_cdf(x, a, b):
    _check(a, b)
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    m = a + b - 1
    total = 0.0
    for j in range(a, m + 1):
        try:
            total += float(math.comb(m, j)) * x ** j * (1 - x) ** (m - j)
        except OverflowError:          # int too large to convert to float
            return float("inf")
    return total


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
