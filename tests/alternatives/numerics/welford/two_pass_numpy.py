"""Two passes with numpy (mean, then squared deviations) instead of the running update; the same merge."""
import numpy as np


def welford(values):
    x = np.asarray(values, dtype=np.float64)
    if x.size == 0:
        return 0, 0.0, 0.0
    mean = x.mean()
    return int(x.size), float(mean), float(((x - mean) ** 2).sum())


def merge(a, b):
    (n_a, mean_a, m2_a), (n_b, mean_b, m2_b) = a, b
    if n_a == 0:
        return int(n_b), float(mean_b), float(m2_b)
    if n_b == 0:
        return int(n_a), float(mean_a), float(m2_a)
    n = n_a + n_b
    mean = (n_a * mean_a + n_b * mean_b) / n
    m2 = m2_a + m2_b + (mean_b - mean_a) ** 2 * n_a * n_b / n
    return int(n), float(mean), float(m2)


def variance(state, *, ddof=0):
    count, _, m2 = state
    dof = count - ddof
    if dof < 1:
        raise ValueError("count must exceed ddof")
    return m2 / dof
