"""Returns mean ± z·sd (a normal approximation) instead of the exact Beta quantiles.

The Beta posterior is skewed, and bounded by 0 and 1; the normal interval can even leave
[0, 1]. Invert the Beta CDF itself.
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
    return alpha + k, beta + n - k, (alpha + k) / (alpha + beta + n)


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


def beta_credible_interval(a, b, level):
    _check(a, b)
    if not 0 < level < 1:
        raise ValueError("level")
    from statistics import NormalDist
    z = NormalDist().inv_cdf((1 + level) / 2)
    mean = a / (a + b)
    sd = math.sqrt(a * b / ((a + b) ** 2 * (a + b + 1)))
    return mean - z * sd, mean + z * sd
