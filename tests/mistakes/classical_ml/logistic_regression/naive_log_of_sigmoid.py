"""Computes the loss as −mean(y·log p + (1 − y)·log(1 − p)): p rounds to 0 or 1 for large |z| and the loss becomes inf or nan.

σ(1650) is exactly 1.0 in float64, so log(1 − p) = −inf (and 0·log 0 = nan). Write the loss per sample as
log(1 + e^z) − y·z and compute log(1 + e^z) with np.logaddexp(0, z).
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
        losses.append(-np.mean(y * np.log(1 / (1 + np.exp(-z))) + (1 - y) * np.log(1 - 1 / (1 + np.exp(-z)))) + 0.5 * l2 * w @ w)
        p = 1 / (1 + np.exp(-z))
        grad_w = X.T @ (p - y) / n + l2 * w
        grad_b = np.mean(p - y)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b), np.array(losses, dtype=float)
