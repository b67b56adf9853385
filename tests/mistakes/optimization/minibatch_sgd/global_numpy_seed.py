"""Global RNG: np.random.seed(seed) with np.random.permutation draws different shuffles than default_rng(seed).

The legacy global generator (np.random.seed, np.random.permutation) is a different algorithm:
the statement asks for rng = np.random.default_rng(seed) and rng.permutation(n). Global state
also makes results depend on whatever else used np.random.
"""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    np.random.seed(seed)
    losses = []
    for _ in range(n_epochs):
        order = np.random.permutation(n)
        for i in range(0, n, batch_size):
            batch = order[i:i + batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - learning_rate * 2 / len(batch) * X[batch].T @ r
            b = b - learning_rate * 2 / len(batch) * r.sum()
        losses.append(np.mean((X @ w + b - y) ** 2))
    return w, float(b), np.array(losses)
