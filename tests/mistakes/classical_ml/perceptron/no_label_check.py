"""Accepts labels other than −1 and +1 (such as 0/1 labels) instead of raising ValueError.

With 0/1 labels a sample of class 0 contributes y·x = 0 and can never be learned. Check every
label is −1 or +1 and raise ValueError otherwise.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def perceptron(X, y, *, n_epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
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
        if count == 0:
            break
    return w, float(b), mistakes
