"""Records the loss before each epoch instead of after it: losses[0] is the loss of w = 0, b = 0.

losses[e] is the loss on all the data after epoch e's last update, so losses[0] already
reflects one epoch of training.
"""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(n_epochs):
        losses.append(np.mean((X @ w + b - y) ** 2))
        order = rng.permutation(n)
        for i in range(0, n, batch_size):
            batch = order[i:i + batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - learning_rate * 2 / len(batch) * X[batch].T @ r
            b = b - learning_rate * 2 / len(batch) * r.sum()
    return w, float(b), np.array(losses)
