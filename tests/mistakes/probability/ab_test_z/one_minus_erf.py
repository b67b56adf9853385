"""Computes the p-value as 1 − erf(|z|/√2), which cancels to 0 for large |z|.

erfc(t) is 1 − erf(t) computed without the cancellation: for |z| ≈ 8.8 the p-value is about
1e-18, but 1 − erf rounds to exactly 0. Use math.erfc(|z| / √2), as the statement says.
"""
import math


def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    ca, cb = conversions_a, conversions_b
    if n_a < 1 or n_b < 1 or ca < 0 or cb < 0 or ca > n_a or cb > n_b:
        raise ValueError("bad counts")
    p = (ca + cb) / (n_a + n_b)
    if p == 0 or p == 1:
        return 0.0, 1.0
    se = math.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    z = (cb / n_b - ca / n_a) / se
    return float(z), float(1 - math.erf(abs(z) / math.sqrt(2)))
