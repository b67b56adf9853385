"""beta_cdf returns 0.0 or 1.0 for x outside (0, 1) before it checks a and b, so bad shapes pass there.

Validate every argument first, then take the shortcuts: beta_cdf(-0.5, 0, 1) must raise
ValueError (a shape of 0 is invalid whatever x is).
"""
NAMED_BY_MESSAGE = "validates a and b before its early returns"

import math

import numpy as np


def beta_binomial_posterior(alpha, beta, k, n):
    for shape in (alpha, beta):
        if isinstance(shape, bool) or not isinstance(shape, (int, np.integer)) or shape < 1:
            raise ValueError(f"prior parameters must be ints >= 1, got {shape!r}")
    if not 0 <= k <= n:
        raise ValueError("need 0 <= k <= n")
    alpha_post = int(alpha + k)          # every success counts for α ...
    beta_post = int(beta + n - k)        # ... every failure for β
    return alpha_post, beta_post, alpha_post / (alpha_post + beta_post)


def beta_cdf(x, a, b):
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    for shape in (a, b):
        if isinstance(shape, bool) or not isinstance(shape, (int, np.integer)) or shape < 1:
            raise ValueError(f"Beta shapes must be ints >= 1, got {shape!r}")
    # P(θ ≤ x) = P(at least a of m = a + b − 1 uniforms are ≤ x): a binomial upper tail.
    m = a + b - 1
    j = np.arange(a, m + 1)
    log_comb = np.array([math.lgamma(m + 1) - math.lgamma(i + 1) - math.lgamma(m - i + 1) for i in j])
    # Each term in logs: C(m, j) alone can overflow a float, x^j alone can underflow.
    terms = np.exp(log_comb + j * math.log(x) + (m - j) * math.log1p(-x))
    return float(min(terms.sum(), 1.0))


def beta_credible_interval(a, b, level):
    if not 0.0 < level < 1.0:
        raise ValueError("level must be strictly between 0 and 1")
    beta_cdf(0.5, a, b)                  # validates a and b

    def quantile(q):
        lo, hi = 0.0, 1.0
        while hi - lo > 1e-12:           # the CDF increases: the root stays inside [lo, hi]
            mid = (lo + hi) / 2
            if beta_cdf(mid, a, b) < q:
                lo = mid
            else:
                hi = mid
        return (lo + hi) / 2

    return quantile((1.0 - level) / 2), quantile((1.0 + level) / 2)
