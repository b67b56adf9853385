"""Uses m = a + b trials in the binomial sum instead of m = a + b − 1.

Beta(a, b) is the a-th smallest of a + b − 1 uniforms: P(θ ≤ x) = P(at least a of the
m = a + b − 1 uniforms are ≤ x). Check: Beta(1, 1) must give CDF x.
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
    m = a + b
    j = np.arange(a, m + 1)
    log_comb = np.array([math.lgamma(m + 1) - math.lgamma(i + 1) - math.lgamma(m - i + 1) for i in j])
    return float(np.exp(log_comb + j * math.log(x) + (m - j) * math.log1p(-x)).sum())


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
