"""b starts as the int 0 and gets int labels added, so it is returned as an int, not a float.

The statement asks for b as a float: start from b = 0.0 (and return float(b)).
"""
import numpy as np


def perceptron(X, y, *, n_epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if not np.all(np.isin(y, [-1, 1])):
        raise ValueError("labels must be -1 or +1")
    w, b = np.zeros(X.shape[1]), 0
    mistakes = []
    for _ in range(n_epochs):
        count = 0
        for i in range(len(X)):
            if y[i] * (X[i] @ w + b) <= 0:
                w = w + y[i] * X[i]
                b = b + y[i]
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, b, mistakes
