"""Tests every sample of an epoch with the weights from the epoch's start (a batch update), not with the current ones.

The perceptron is online: each sample is tested with w and b as updated by the samples
before it in the same epoch.
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
        wrong = y * (X @ w + b) <= 0
        count = int(wrong.sum())
        w = w + (y[wrong, None] * X[wrong]).sum(axis=0)
        b = b + float(y[wrong].sum())
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
