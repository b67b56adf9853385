"""Divides by batch_size instead of the actual batch size, so the last, smaller batch gets too small a gradient.

The gradient is a mean over the rows of THIS batch: divide by len(batch), which is smaller
than batch_size for the last batch when n is not a multiple of batch_size.
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
            w = w - learning_rate * 2 / batch_size * X[batch].T @ r
            b = b - learning_rate * 2 / batch_size * r.sum()
        losses.append(np.mean((X @ w + b - y) ** 2))
    return w, float(b), np.array(losses)
