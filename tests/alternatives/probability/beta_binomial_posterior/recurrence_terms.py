"""Binomial terms by the ratio recurrence in log space, quantiles by a fixed 200-step bisection."""
import math


def _shape_ok(*values):
    for v in values:
        if type(v) is not int or v < 1:
            raise ValueError("Beta shapes must be positive ints")


def beta_binomial_posterior(alpha, beta, k, n):
    _shape_ok(alpha, beta)
    if k < 0 or k > n:
        raise ValueError("need 0 <= k <= n")
    a, b = alpha + k, beta + (n - k)
    return a, b, a / (a + b)


def beta_cdf(x, a, b):
    _shape_ok(a, b)
    if x <= 0:
        return 0.0
    if x >= 1:
        return 1.0
    m = a + b - 1
    lx, l1x = math.log(x), math.log1p(-x)
    # log of the j = a term, then log t_{j+1} = log t_j + log((m − j)/(j + 1)) + log x − log(1 − x)
    log_t = math.lgamma(m + 1) - math.lgamma(a + 1) - math.lgamma(m - a + 1) + a * lx + (m - a) * l1x
    logs = [log_t]
    for j in range(a, m):
        log_t += math.log((m - j) / (j + 1)) + lx - l1x
        logs.append(log_t)
    top = max(logs)
    return min(1.0, math.exp(top) * math.fsum(math.exp(v - top) for v in logs))


def beta_credible_interval(a, b, level):
    _shape_ok(a, b)
    if not (0 < level < 1):
        raise ValueError("level must be in (0, 1)")

    def inverse(q):
        lo, hi = 0.0, 1.0
        for _ in range(200):
            mid = 0.5 * (lo + hi)
            if beta_cdf(mid, a, b) < q:
                lo = mid
            else:
                hi = mid
        return 0.5 * (lo + hi)

    tail = (1 - level) / 2
    return inverse(tail), inverse(1 - tail)
