"""Records the last batch's loss (its residuals before the update) instead of the loss on all the data.

After the epoch, evaluate the updated model on the whole data set: mean((X @ w + b − y)²).
The mini-batch loss is noisy and belongs to the weights before the last update.
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
            w = w - learning_rate * 2 / len(batch) * X[batch].T @ r
            b = b - learning_rate * 2 / len(batch) * r.sum()
            batch_loss = np.mean(r ** 2)
        losses.append(batch_loss)
    return w, float(b), np.array(losses)
