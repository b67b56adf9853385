"""Returns at once for n_epochs = 0, before checking that the labels are −1 or +1.

Check the labels first: 0/1 labels are an error whatever n_epochs is.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def perceptron(X, y, *, n_epochs):
    
    if n_epochs == 0:
            return np.zeros(np.shape(X)[1]), 0.0, []
    X = np.asarray(X, dtype=float)
    y = np.asarray(y)
    if not np.all((y == 1) | (y == -1)):
        raise ValueError("labels must be -1 or +1")
    w, b = np.zeros(X.shape[1]), 0.0
    mistakes = []
    for _ in range(n_epochs):
        count = 0
        for x_i, y_i in zip(X, y):
            # ≤ 0, not < 0: a point on the boundary is not classified, so it is a mistake too.
            if y_i * (x_i @ w + b) <= 0:
                w = w + y_i * x_i
                b = b + float(y_i)
                count += 1
        mistakes.append(count)
        if count == 0:
            break
    return w, float(b), mistakes
    
