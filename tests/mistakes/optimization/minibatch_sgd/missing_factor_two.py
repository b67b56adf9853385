"""Missing factor 2: the gradient of the mean squared error is taken as (1/|B|)·X_Bᵀr instead of (2/|B|)·X_Bᵀr.

d/dw mean((Xw + b − y)²) = (2/|B|)·Xᵀr: the 2 comes from the square. Dropping it halves every
step (and changes the trajectory, not only the speed).
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
            w = w - learning_rate * X[batch].T @ r / len(batch)
            b = b - learning_rate * r.sum() / len(batch)
        losses.append(np.mean((X @ w + b - y) ** 2))
    return w, float(b), np.array(losses)
