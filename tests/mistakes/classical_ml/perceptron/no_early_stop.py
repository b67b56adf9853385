"""Never stops early: runs all n_epochs even after an epoch without mistakes, so the list has trailing zeros.

Stop right after the first epoch with 0 mistakes (that epoch's 0 is the list's last entry).
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
            if y[i] * (X[i] @ w + b) <= 0:
                w = w + y[i] * X[i]
                b = b + float(y[i])
                count += 1
        mistakes.append(count)
    return w, float(b), mistakes
