"""Divides by a zero standard error when nobody (or everybody) converted, returning nan instead of (0.0, 1.0).

When the pooled rate is 0 or 1 the standard error is 0: handle that case before dividing,
as the statement pins it.
"""
import math

import numpy as np


def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    for c, n in ((conversions_a, n_a), (conversions_b, n_b)):
        if n < 1 or c < 0 or c > n:
            raise ValueError("bad counts")
    pa, pb = conversions_a / n_a, conversions_b / n_b
    p = (conversions_a + conversions_b) / (n_a + n_b)
    se = np.sqrt(p * (1 - p) * (1 / n_a + 1 / n_b))
    with np.errstate(invalid="ignore", divide="ignore"):
        z = float(np.float64(pb - pa) / se)
    return z, math.erfc(abs(z) / math.sqrt(2))
