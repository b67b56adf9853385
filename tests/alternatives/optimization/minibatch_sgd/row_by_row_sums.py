"""Gradients accumulated row by row in plain loops; the shuffled data sliced once per epoch."""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    rng = np.random.default_rng(seed)
    losses = []
    for _ in range(n_epochs):
        perm = rng.permutation(n)
        Xs, ys = X[perm], y[perm]
        start = 0
        while start < n:
            Xb, yb = Xs[start:start + batch_size], ys[start:start + batch_size]
            m = len(yb)
            gw, gb = np.zeros(d), 0.0
            for xi, yi in zip(Xb, yb):
                err = float(xi @ w) + b - yi
                gw += 2 * err * xi / m
                gb += 2 * err / m
            w, b = w - learning_rate * gw, b - learning_rate * gb
            start += batch_size
        pred = X @ w + b
        losses.append(float(np.mean((pred - y) * (pred - y))))
    return w, float(b), np.asarray(losses, dtype=float)
