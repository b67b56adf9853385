"""Updates b with a residual recomputed after w was updated, instead of the same residual for both.

Both gradients belong to the same point (w, b): compute r once per batch, then update w and
b from it. Recomputing r with the new w mixes two points.
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
            w = w - learning_rate * 2 / len(batch) * X[batch].T @ (X[batch] @ w + b - y[batch])
            b = b - learning_rate * 2 / len(batch) * np.sum(X[batch] @ w + b - y[batch])
        losses.append(np.mean((X @ w + b - y) ** 2))
    return w, float(b), np.array(losses)
