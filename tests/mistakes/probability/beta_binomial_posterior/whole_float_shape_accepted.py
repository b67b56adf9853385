"""Accepts a whole float shape such as 2.0 (checks v == int(v) instead of the type).

The statement asks for ints: check isinstance(v, int) (not bool), so 2.0 raises ValueError like
2.5 does. A float shape would also turn the posterior parameters into floats.
"""
import math

NAMED_BY_MESSAGE = "First: test_whole_float_shape_raises"


def _int1(v):
    if v < 1 or v != int(v):
        raise ValueError("shape must be a whole number >= 1")


def beta_binomial_posterior(alpha, beta, k, n):
    _int1(alpha)
    _int1(beta)
    if k < 0 or k > n:
        raise ValueError("k")
    a, b = alpha + k, beta + n - k
    return a, b, a / (a + b)


def beta_cdf(x, a, b):
    _int1(a)
    _int1(b)
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    a, b = int(a), int(b)
    m = a + b - 1
    lx, l1x = math.log(x), math.log1p(-x)
    s = 0.0
    for j in range(a, m + 1):
        lc = math.lgamma(m + 1) - math.lgamma(j + 1) - math.lgamma(m - j + 1)
        s += math.exp(lc + j * lx + (m - j) * l1x)
    return min(1.0, max(0.0, s))


def _quantile(p, a, b):
    lo, hi = 0.0, 1.0
    while hi - lo >= 1e-12:
        mid = (lo + hi) / 2
        if beta_cdf(mid, a, b) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def beta_credible_interval(a, b, level):
    _int1(a)
    _int1(b)
    if not 0 < level < 1:
        raise ValueError("level")
    return _quantile((1 - level) / 2, a, b), _quantile((1 + level) / 2, a, b)
