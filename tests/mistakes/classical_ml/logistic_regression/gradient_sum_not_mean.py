"""Missing 1/n: the gradient sums over the samples (Xᵀ(p − y)) instead of averaging, so every step is n times too big.

The loss is a MEAN over samples, so its gradient is (1/n)·Xᵀ(p − y) and mean(p − y) for b.
Without the 1/n the effective learning rate grows with the data set and training can diverge.
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
        grad_w = X.T @ (p - y) + l2 * w
        grad_b = np.sum(p - y)
        w = w - learning_rate * grad_w
        b = b - learning_rate * grad_b
    return w, float(b), np.array(losses, dtype=float)
