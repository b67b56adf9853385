"""Uses the ±1-label formulas, log(1 + e^(−y·z)) and −y·x·σ(−y·z), with labels that are 0 and 1.

Those formulas are for y ∈ {−1, +1}; with y = 0 they give a constant loss and no gradient. With
0/1 labels the loss is log(1 + e^z) − y·z and the gradient (1/n)·Xᵀ(σ(z) − y).
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
        losses.append(np.mean(np.logaddexp(0, -y * z)) + 0.5 * l2 * w @ w)
        p = 1 / (1 + np.exp(-z))
        grad_w = X.T @ (-y / (1 + np.exp(y * z))) / n + l2 * w
        grad_b = np.mean(-y / (1 + np.exp(y * z)))
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b), np.array(losses, dtype=float)
