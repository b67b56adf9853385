"""No samples handled before the epoch limit: with n = 0 it returns [0] even when n_epochs = 0, though no epoch may run.

Check n_epochs first (or just run the epoch loop for n = 0 too): an epoch over no samples makes 0
mistakes, but only when at least one epoch is allowed, so n = 0 with n_epochs = 0 gives [].
"""
import numpy as np


def perceptron(X, y, *, n_epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    n, d = X.shape
    w = np.zeros(d)
    b = 0.0
    if n == 0:
        return w, b, [0]
    mistakes = []
    for _ in range(n_epochs):
        m = 0
        for i in range(n):
            if y[i] * (X[i] @ w + b) <= 0:
                w = w + y[i] * X[i]
                b += float(y[i])
                m += 1
        mistakes.append(m)
        if m == 0:
            break
    return w, float(b), mistakes
