"""Updates m2 += delta² with the OLD deviation twice, instead of delta · (x − new mean): m2 comes out too large.

The update needs one deviation from the mean before the update and one from the mean after it:
delta = x − mean; mean += delta / count; m2 += delta * (x − mean).
"""


def welford(values):
    count, mean, m2 = 0, 0.0, 0.0
    for x in values:
        count += 1
        delta = float(x) - mean
        mean += delta / count
        m2 += delta * delta
    return count, mean, m2


def merge(a, b):
    n = a[0] + b[0]
    if n == 0:
        return 0, 0.0, 0.0
    delta = b[1] - a[1]
    return n, a[1] + delta * b[0] / n, a[2] + b[2] + delta * delta * a[0] * b[0] / n


def variance(state, *, ddof=0):
    if state[0] - ddof <= 0:
        raise ValueError("not enough values")
    return state[2] / (state[0] - ddof)
