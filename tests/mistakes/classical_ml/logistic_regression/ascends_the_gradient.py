"""Sign flip: the gradient is taken as Xᵀ(y − p)/n, so each step climbs the loss.

With p = σ(Xw + b) the gradient of the cross-entropy is (1/n)·Xᵀ(p − y): prediction minus
target. Gradient DEscent subtracts it.
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
        grad_w = X.T @ (y - p) / n + l2 * w
        grad_b = np.mean(y - p)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b), np.array(losses, dtype=float)
