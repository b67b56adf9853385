"""Covariance form: w solves Cov(X) w = Cov(X, y), built with plain Python sums; b = ȳ − x̄·w."""
import numpy as np


def fit_linear_regression(X, y):
    rows = [[float(v) for v in row] for row in X]
    targets = [float(v) for v in y]
    n, d = len(rows), len(rows[0])
    if n < d + 1:
        raise ValueError("too few samples")
    means = [sum(r[j] for r in rows) / n for j in range(d)]
    y_mean = sum(targets) / n
    cov = [[sum((r[i] - means[i]) * (r[j] - means[j]) for r in rows) / n for j in range(d)] for i in range(d)]
    cross = [sum((r[i] - means[i]) * (t - y_mean) for r, t in zip(rows, targets)) / n for i in range(d)]
    w = np.linalg.solve(np.array(cov), np.array(cross))
    b = y_mean - sum(m * wi for m, wi in zip(means, w))
    return w, float(b)
