"""w is allocated with X's dtype (np.zeros_like(X[0])), so integer features give integer weights.

The statement asks for a float64 w whatever X holds: w = np.zeros(d) is float64.
"""
import numpy as np


def perceptron(X, y, *, n_epochs):
    X = np.asarray(X)
    y = np.asarray(y)
    if not np.all(np.isin(y, [-1, 1])):
        raise ValueError("labels must be -1 or +1")
    w, b = np.zeros_like(X[0]) if len(X) else np.zeros(X.shape[1]), 0.0
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
