"""A new generator every epoch: default_rng(seed) inside the epoch loop repeats the same shuffle each epoch.

Create the generator once, before the loop: rng = np.random.default_rng(seed). Each
rng.permutation(n) then continues the random stream and every epoch gets a new order.
"""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    w, b = np.zeros(d), 0.0
    losses = []
    for _ in range(n_epochs):
        order = np.random.default_rng(seed).permutation(n)
        for i in range(0, n, batch_size):
            batch = order[i:i + batch_size]
            r = X[batch] @ w + b - y[batch]
            w = w - learning_rate * 2 / len(batch) * X[batch].T @ r
            b = b - learning_rate * 2 / len(batch) * r.sum()
        losses.append(np.mean((X @ w + b - y) ** 2))
    return w, float(b), np.array(losses)
