"""Penalises the bias: grad_b gets + l2·b, as if the penalty were (l2/2)·(‖w‖² + b²).

The penalty is on w only: grad_b = mean(p − y), with no l2 term. Shrinking b pulls every
prediction towards 0.5 and depends on how the classes are balanced.
"""
import numpy as np


def fit_logistic_regression(X, y, *, learning_rate, n_steps, l2=0.0):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y, dtype=float)
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    losses = []
    for _ in range(n_steps):
        z = X @ w + b
        losses.append(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * l2 * w @ w)
        p = 1 / (1 + np.exp(-z))
        grad_w = X.T @ (p - y) / n + l2 * w
        grad_b = np.mean(p - y) + l2 * b
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b), np.array(losses, dtype=float)
