"""Computes m2 as Σx² − n·mean² (the textbook shortcut): with a large offset the two terms cancel and m2 is garbage.

For 1e9 + [4, 7, 13, 16], Σx² is about 4e18, where float64 has a spacing of 512: the true
m2 = 90 is lost entirely. Welford's update accumulates deviations from the running mean instead.
"""


def welford(values):
    count, total, total_sq = 0, 0.0, 0.0
    for x in values:
        count += 1
        total += float(x)
        total_sq += float(x) * float(x)
    if count == 0:
        return 0, 0.0, 0.0
    mean = total / count
    return count, mean, total_sq - count * mean * mean


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

