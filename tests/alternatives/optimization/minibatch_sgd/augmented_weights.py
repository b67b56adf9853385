"""The bias folded into the weights: a column of ones appended to X, theta = (w, b) updated together."""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    n, d = X.shape
    Xa = np.hstack([X, np.ones((n, 1))])
    theta = np.zeros(d + 1)
    rng = np.random.default_rng(seed)
    losses = np.zeros(n_epochs)
    for epoch in range(n_epochs):
        order = rng.permutation(n)
        for batch in np.array_split(order, np.arange(batch_size, n, batch_size)):
            r = Xa[batch] @ theta - y[batch]
            theta -= learning_rate * (2.0 / batch.size) * (Xa[batch].T @ r)
        losses[epoch] = np.mean((Xa @ theta - y) ** 2)
    return theta[:d].copy(), float(theta[d]), losses
