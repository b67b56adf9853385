"""No bias: only w is updated, so the boundary is forced through the origin and b stays 0.

The classifier is sign(w·x + b): test y·(w·x + b) and update b ← b + y along with w.
"""
import numpy as np


def perceptron(X, y, *, n_epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if not np.all(np.isin(y, [-1, 1])):
        raise ValueError("labels must be -1 or +1")
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(n_epochs):
        count = 0
        for i in range(len(X)):
            if y[i] * (X[i] @ w) <= 0:
                w = w + y[i] * X[i]
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
