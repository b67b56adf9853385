"""A/B test: the two-proportion z-test with a pooled standard error.

Task
    Variant A converted c_a of n_a users, variant B converted c_b of n_b. Test the null
    hypothesis that both have the same conversion rate:

        p_a = c_a / n_a          p_b = c_b / n_b
        p   = (c_a + c_b) / (n_a + n_b)                      pooled rate under the null
        se  = sqrt(p · (1 − p) · (1/n_a + 1/n_b))            pooled standard error
        z   = (p_b − p_a) / se                               positive when B converts better
        p_value = erfc(|z| / √2)                             two-sided: P(|Z| ≥ |z|), Z ~ N(0, 1)

    Zero pooled variance: when p is exactly 0 or 1 (nobody converted, or everybody did), se is
    0 and the rates are equal, so there is no evidence of a difference: return exactly
    (0.0, 1.0).

Signature
    ab_test_z(conversions_a, n_a, conversions_b, n_b) -> (z, p_value)

Shapes and types
    conversions_a, conversions_b   ints c ≥ 0
    n_a, n_b                       ints n ≥ 1, with c ≤ n
    returns                        a tuple (z, p_value) of two floats; p_value in [0, 1]

Example
    10/100 against 20/100: p = 0.15, se = sqrt(0.15 · 0.85 · 0.02) = 0.0504975,
    z = 0.1 / 0.0504975 = 1.980295, p_value = erfc(1.980295/√2) = 0.047670.

    >>> z, p_value = ab_test_z(10, 100, 20, 100)
    >>> round(z, 6), round(p_value, 6)
    (1.980295, 0.04767)

Constraints
    The standard library (math.erfc, math.sqrt) and numpy only. Use the POOLED standard
    error (the null says the rates are equal, so estimate one rate from both groups); the
    unpooled sqrt(p_a(1 − p_a)/n_a + p_b(1 − p_b)/n_b) gives z = 2.0 in the example. The
    p-value is two-sided. Raise ValueError if n_a or n_b < 1, or a count is negative or
    larger than its n.
    Conventions: statsmodels' proportions_ztest([c_a, c_b], [n_a, n_b]) also pools by default
    but computes p_a − p_b, so its z has the opposite sign (same p-value); the chi-square
    test of the 2×2 table without continuity correction
    (scipy.stats.chi2_contingency(..., correction=False)) gives statistic z² and the same
    p-value. At zero pooled variance statsmodels returns nan; here it is (0.0, 1.0).
    The hidden tests use n_a, n_b ≤ 10000.

Time budget: 10 minutes.
"""
import math


def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    # BEGIN SOLUTION
    # Complexity: O(1) time and memory.
    for c, n in ((conversions_a, n_a), (conversions_b, n_b)):
        if n < 1 or c < 0 or c > n:
            raise ValueError(f"need n >= 1 and 0 <= conversions <= n, got {c} of {n}")
    rate_a = conversions_a / n_a
    rate_b = conversions_b / n_b
    # Under the null both groups share one rate: estimate it from all users together.
    pooled = (conversions_a + conversions_b) / (n_a + n_b)
    variance = pooled * (1.0 - pooled) * (1.0 / n_a + 1.0 / n_b)
    if variance == 0.0:
        return 0.0, 1.0          # nobody or everybody converted: identical rates, no evidence
    z = (rate_b - rate_a) / math.sqrt(variance)
    return z, math.erfc(abs(z) / math.sqrt(2.0))
    # END SOLUTION
