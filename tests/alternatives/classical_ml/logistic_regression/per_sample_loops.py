"""Plain Python loops over the samples, with a two-branch stable softplus and sigmoid."""
import math

import numpy as np


def _softplus(z):
    return z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def fit_logistic_regression(X, y, *, learning_rate, n_steps, l2=0.0):
    rows = [[float(v) for v in row] for row in X]
    labels = [float(v) for v in y]
    n, d = len(rows), len(rows[0])
    w, b = [0.0] * d, 0.0
    losses = []
    for _ in range(n_steps):
        total, gw, gb = 0.0, [0.0] * d, 0.0
        for row, label in zip(rows, labels):
            z = sum(wj * xj for wj, xj in zip(w, row)) + b
            total += _softplus(z) - label * z
            r = _sigmoid(z) - label
            gw = [g + r * xj for g, xj in zip(gw, row)]
            gb += r
        losses.append(total / n + 0.5 * l2 * sum(wj * wj for wj in w))
        w = [wj - learning_rate * (g / n + l2 * wj) for wj, g in zip(w, gw)]
        b = b - learning_rate * gb / n
    return np.array(w, dtype=np.float64), float(b), np.array(losses, dtype=np.float64)
