"""Uses the unpooled standard error sqrt(p_a(1 − p_a)/n_a + p_b(1 − p_b)/n_b) instead of the pooled one.

The test assumes the null hypothesis (equal rates), so the variance uses ONE pooled rate
p = (c_a + c_b)/(n_a + n_b). The unpooled error belongs to a confidence interval for p_b − p_a.
"""
import math



def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    for c, n in ((conversions_a, n_a), (conversions_b, n_b)):
        if n < 1 or c < 0 or c > n:
            raise ValueError("bad counts")
    pa, pb = conversions_a / n_a, conversions_b / n_b
    var = pa * (1 - pa) / n_a + pb * (1 - pb) / n_b
    if var == 0:
        return 0.0, 1.0
    z = (pb - pa) / math.sqrt(var)
    return z, math.erfc(abs(z) / math.sqrt(2))
