"""variance returns nan (like np.var) when count − ddof ≤ 0, where the statement asks for ValueError.

Check count − ddof ≤ 0 (equality included) and raise ValueError before dividing.
"""

NAMED_BY_MESSAGE = "should raise ValueError"

def welford(values):
    count, mean, m2 = 0, 0.0, 0.0
    for x in values:
        count += 1
        delta = float(x) - mean
        mean += delta / count
        m2 += delta * (float(x) - mean)
    return count, mean, m2


def merge(a, b):
    n = a[0] + b[0]
    if n == 0:
        return 0, 0.0, 0.0
    delta = b[1] - a[1]
    return n, a[1] + delta * b[0] / n, a[2] + b[2] + delta * delta * a[0] * b[0] / n


def variance(state, *, ddof=0):
    if state[0] - ddof <= 0:
        return float("nan")
    return state[2] / (state[0] - ddof)
