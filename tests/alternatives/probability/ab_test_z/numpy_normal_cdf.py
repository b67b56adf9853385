"""numpy arithmetic and the p-value as 2·(1 − Φ(|z|)) with Φ from math.erf."""
import math

import numpy as np


def ab_test_z(conversions_a, n_a, conversions_b, n_b):
    counts = np.array([conversions_a, conversions_b], dtype=float)
    sizes = np.array([n_a, n_b], dtype=float)
    if (sizes < 1).any() or (counts < 0).any() or (counts > sizes).any():
        raise ValueError("invalid counts")
    rates = counts / sizes
    pooled = counts.sum() / sizes.sum()
    se = np.sqrt(pooled * (1 - pooled) * np.sum(1 / sizes))
    if se == 0:
        return 0.0, 1.0
    z = float((rates[1] - rates[0]) / se)
    phi = 0.5 * (1 + math.erf(abs(z) / math.sqrt(2)))
    p = 2 * (1 - phi)
    if abs(z) > 8:          # 1 − Φ loses everything to cancellation far in the tail
        p = math.erfc(abs(z) / math.sqrt(2))
    return z, float(p)
