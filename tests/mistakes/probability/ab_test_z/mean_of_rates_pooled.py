"""Pools by averaging the two rates, (p_a + p_b)/2, instead of (c_a + c_b)/(n_a + n_b).

The pooled rate is the overall conversion rate of all users. Averaging the rates gives the
small group as much say as the large one; it agrees only when n_a = n_b.
"""
import math



def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    for c, n in ((conversions_a, n_a), (conversions_b, n_b)):
        if n < 1 or c < 0 or c > n:
            raise ValueError("bad counts")
    pa, pb = conversions_a / n_a, conversions_b / n_b
    p = (pa + pb) / 2
    var = p * (1 - p) * (1 / n_a + 1 / n_b)
    if var == 0:
        return 0.0, 1.0
    z = (pb - pa) / math.sqrt(var)
    return z, math.erfc(abs(z) / math.sqrt(2))
