"""Mini-batch stochastic gradient descent for linear regression.

Task
    Fit y ≈ X·w + b by minimising the mean squared error with mini-batch SGD.
    Start from w = 0 (a vector of d zeros) and b = 0. Create ONE random generator for the
    whole run, rng = np.random.default_rng(seed). Then, for each of the n_epochs epochs:

      1. order = rng.permutation(n)                         (a new shuffle every epoch)
      2. for i in range(0, n, batch_size): the batch is B = order[i : i + batch_size]
         (the last batch may be smaller than batch_size; it is not dropped)
      3. for each batch, with r = X[B] @ w + b − y[B] the residuals of that batch:
             grad_w = (2 / |B|) · X[B]ᵀ r        grad_b = (2 / |B|) · Σ r
             w ← w − learning_rate · grad_w      b ← b − learning_rate · grad_b
         (both gradients from the same r, computed before either update; |B| is the size
         of this batch)
      4. after the epoch's last batch, record the loss on ALL the data:
             losses[e] = mean((X @ w + b − y)²)

Signature
    minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed) -> (w, b, losses)
    Every argument after y is passed by keyword.

Shapes and types
    X              a float64 array of shape (n, d)
    y              a float64 array of shape (n,)
    learning_rate  a float > 0
    batch_size     an int ≥ 1 (it may exceed n: then each epoch is one batch of all n rows)
    n_epochs       an int ≥ 0
    seed           an int
    returns        a tuple (w, b, losses): w a float64 array of shape (d,), b a float, losses a
                   float64 array of shape (n_epochs,)

Example
    Two points, one batch holding both (so the shuffle cannot matter), one epoch from w = b = 0:
    r = [−1, −3], grad_w = (2/2)·(1·(−1) + 2·(−3)) = −7, grad_b = (2/2)·(−4) = −4, so with
    learning rate 0.1, w = 0.7 and b = 0.4, and the loss is mean([0.1², 1.2²]) = 0.725.

    >>> w, b, losses = minibatch_sgd(np.array([[1.0], [2.0]]), np.array([1.0, 3.0]),
    ...                              learning_rate=0.1, batch_size=2, n_epochs=1, seed=0)
    >>> np.round(w, 6), round(b, 6), np.round(losses, 6)
    (array([0.7]), 0.4, array([0.725]))

Constraints
    numpy only: no scikit-learn, and no closed-form solver (np.linalg.lstsq, solve, pinv, inv):
    this is about the SGD loop. Use exactly the random calls above, in that order, so the
    shuffles match: one np.random.default_rng(seed) created once, one rng.permutation(n) per
    epoch and nothing else drawn from it. Do not modify X or y. With n_epochs = 0 the result is
    (zeros(d), 0.0, an empty array).
    The hidden tests use n ≤ 60, d ≤ 5, n_epochs ≤ 40.

Time budget: 30 minutes.
"""
import numpy as np


def minibatch_sgd(X, y, *, learning_rate, batch_size, n_epochs, seed):
    # BEGIN SOLUTION
    # Complexity: O(E·n·d) time, O(b·d + n) extra memory (E epochs, n rows, d features, b = batch_size).
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    rng = np.random.default_rng(seed)  # one generator: each epoch gets a different shuffle
    losses = np.empty(n_epochs)
    for epoch in range(n_epochs):
        order = rng.permutation(n)
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            X_batch, y_batch = X[batch], y[batch]
            residual = X_batch @ w + b - y_batch
            # Mean over THIS batch, which may be smaller than batch_size at the end.
            grad_w = 2.0 / len(batch) * (X_batch.T @ residual)
            grad_b = 2.0 / len(batch) * np.sum(residual)
            w = w - learning_rate * grad_w
            b = b - learning_rate * grad_b
        losses[epoch] = np.mean((X @ w + b - y) ** 2)
    return w, float(b), losses
    # END SOLUTION
