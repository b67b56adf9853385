"""Vectorised log terms with np.logaddexp.reduce; bisection that stops on a 1e-13 bracket."""
import math

import numpy as np


def _validate(a, b):
    if isinstance(a, bool) or isinstance(b, bool):
        raise ValueError("shapes must be ints")
    if not (isinstance(a, (int, np.integer)) and isinstance(b, (int, np.integer))) or a < 1 or b < 1:
        raise ValueError("shapes must be ints >= 1")


def beta_binomial_posterior(alpha, beta, k, n):
    _validate(alpha, beta)
    if not (0 <= k <= n):
        raise ValueError("k must be in [0, n]")
    post = (alpha + k, beta + n - k)
    return post[0], post[1], post[0] / sum(post)


def beta_cdf(x, a, b):
    _validate(a, b)
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    m = a + b - 1
    j = np.arange(a, m + 1, dtype=float)
    log_fact = np.array([math.lgamma(v + 1) for v in range(m + 1)])
    logs = log_fact[m] - log_fact[a:] - log_fact[m - a::-1] + j * np.log(x) + (m - j) * np.log1p(-x)
    return float(min(1.0, np.exp(np.logaddexp.reduce(logs))))


def beta_credible_interval(a, b, level):
    _validate(a, b)
    if level <= 0 or level >= 1:
        raise ValueError("level must be strictly between 0 and 1")
    ends = []
    for q in ((1 - level) / 2, (1 + level) / 2):
        lo, hi = 0.0, 1.0
        while hi - lo > 1e-13:
            mid = (lo + hi) / 2
            lo, hi = (mid, hi) if beta_cdf(mid, a, b) < q else (lo, mid)
        ends.append((lo + hi) / 2)
    return tuple(ends)
