"""Drops the last partial batch: rows left over when n is not a multiple of batch_size are never used.

Walk the permutation with range(0, n, batch_size) and take order[i:i + batch_size]: the last
slice is simply shorter, and it is still a batch.
"""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(n_epochs):
        order = rng.permutation(n)
        for i in range(n // batch_size):
            batch = order[i * batch_size:(i + 1) * batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - learning_rate * 2 / len(batch) * X[batch].T @ r
            b = b - learning_rate * 2 / len(batch) * r.sum()
        losses.append(np.mean((X @ w + b - y) ** 2))
    return w, float(b), np.array(losses)
