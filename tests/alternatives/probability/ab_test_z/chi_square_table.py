"""The 2×2 chi-square statistic without continuity correction equals z²; recover z with B's sign."""
import math


def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    if min(n_a, n_b) < 1 or not (0 <= conversions_a <= n_a and 0 <= conversions_b <= n_b):
        raise ValueError("invalid counts")
    table = [[conversions_a, n_a - conversions_a], [conversions_b, n_b - conversions_b]]
    total = n_a + n_b
    converted = conversions_a + conversions_b
    cols = [converted, total - converted]
    if 0 in cols:
        return 0.0, 1.0
    rows = [n_a, n_b]
    chi2 = 0.0
    for i in range(2):
        for j in range(2):
            expected = rows[i] * cols[j] / total
            chi2 += (table[i][j] - expected) ** 2 / expected
    sign = 1.0 if conversions_b / n_b >= conversions_a / n_a else -1.0
    z = sign * math.sqrt(chi2)
    return z, math.erfc(abs(z) / math.sqrt(2))
