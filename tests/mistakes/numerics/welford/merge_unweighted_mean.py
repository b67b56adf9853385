"""merge averages the two means, (mean_a + mean_b) / 2, ignoring the chunk sizes: right only when n_a = n_b.

A chunk of 7 values must pull the merged mean 7 times harder than a chunk of 1:
mean = mean_a + delta · n_b / n.
"""
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
    return n, (a[1] + b[1]) / 2, a[2] + b[2] + delta * delta * a[0] * b[0] / n


def variance(state, *, ddof=0):
    if state[0] - ddof <= 0:
        raise ValueError("not enough values")
    return state[2] / (state[0] - ddof)

