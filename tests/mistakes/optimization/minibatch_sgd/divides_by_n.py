"""Divides by n (the whole data set) instead of the batch size: every step is |B|/n times too small.

Each batch's gradient is the mean over that batch's rows: (2/|B|)·X_Bᵀr, not (2/n)·X_Bᵀr.
"""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(n_epochs):
        order = rng.permutation(n)
        for i in range(0, n, batch_size):
            batch = order[i:i + batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - learning_rate * 2 / n * X[batch].T @ r
            b = b - learning_rate * 2 / n * r.sum()
        losses.append(np.mean((X @ w + b - y) ** 2))
    return w, float(b), np.array(losses)
