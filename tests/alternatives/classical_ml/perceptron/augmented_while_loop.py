"""A bias folded into the weights (a constant feature 1), a while loop over epochs, in-place updates of a copy."""
import numpy as np


def perceptron(X, y, *, n_epochs):
    y = np.asarray(y)
    if ((y != 1) & (y != -1)).any():
        raise ValueError("y must hold only -1 and +1")
    A = np.hstack([np.asarray(X, dtype=np.float64), np.ones((len(y), 1))])
    theta = np.zeros(A.shape[1])
    counts = []
    epoch = 0
    while epoch < n_epochs:
        count = 0
        for a, label in zip(A, y):
            if not label * np.dot(theta, a) > 0:
                theta += label * a
                count += 1
        counts.append(count)
        epoch += 1
        if count == 0:
            break
    return theta[:-1].copy(), float(theta[-1]), counts
