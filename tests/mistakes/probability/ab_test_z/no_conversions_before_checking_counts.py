"""Returns (0.0, 1.0) when nobody converted before checking the counts, so n_a = 0 is accepted there.

Check n ≥ 1 and 0 ≤ c ≤ n for both groups first; only then take the zero-variance shortcut.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import math


def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    
    if conversions_a + conversions_b == 0:
            return 0.0, 1.0
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
    
