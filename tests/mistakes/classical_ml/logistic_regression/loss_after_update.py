"""Records the loss after each update instead of before it: losses[0] is not the loss of w = 0, b = 0 (log 2).

losses[k] is the loss at the point update k starts from: compute it from z = X·w + b before
changing w and b.
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
        p = 1 / (1 + np.exp(-z))
        grad_w = X.T @ (p - y) / n + l2 * w
        grad_b = np.mean(p - y)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
        z = X @ w + b
        losses.append(np.mean(np.logaddexp(0, z) - y * z) + 0.5 * l2 * w @ w)
    return w, float(b), np.array(losses, dtype=float)
