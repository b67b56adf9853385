"""Records the running total of mistakes instead of each epoch's own count.

mistakes[e] is the number of updates made during epoch e alone: reset the counter at the
start of every epoch.
"""
import numpy as np


def perceptron(X, y, *, n_epochs):
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if not np.all(np.isin(y, [-1, 1])):
        raise ValueError("labels must be -1 or +1")
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    total = 0
    for _ in range(n_epochs):
        count = 0
        for i in range(len(X)):
            if y[i] * (X[i] @ w + b) <= 0:
                w = w + y[i] * X[i]
                b = b + float(y[i])
                count += 1
        total += count
        mistakes.append(total)
        if count == 0:
            break
    return w, float(b), mistakes
