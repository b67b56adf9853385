"""Computes erfc(z/√2) without the absolute value: for negative z the "p-value" exceeds 1.

The two-sided p-value is symmetric in z: erfc(|z|/√2), which lies in [0, 1].
"""
import math



def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    for c, n in ((conversions_a, n_a), (conversions_b, n_b)):
        if n < 1 or c < 0 or c > n:
            raise ValueError("bad counts")
    pa, pb = conversions_a / n_a, conversions_b / n_b
    p = (conversions_a + conversions_b) / (n_a + n_b)
    var = p * (1 - p) * (1 / n_a + 1 / n_b)
    if var == 0:
        return 0.0, 1.0
    z = (pb - pa) / math.sqrt(var)
    return z, math.erfc(z / math.sqrt(2))
