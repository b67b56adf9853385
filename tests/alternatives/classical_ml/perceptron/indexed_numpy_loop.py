"""Index loop over preallocated numpy arrays, in-place updates of float copies, counts kept in a numpy array."""
import numpy as np


def perceptron(X, y, *, n_epochs):
    X = np.array(X, dtype=np.float64)          # a copy: the caller's X is untouched
    y = np.array(y, dtype=np.float64)
    if not np.isin(y, (-1.0, 1.0)).all():
        raise ValueError("labels must be -1 or +1")
    n, d = X.shape
    w = np.zeros(d)
    b = np.zeros(1)
    counts = np.zeros(n_epochs, dtype=np.int64)
    epochs_run = 0
    for epoch in range(n_epochs):
        for i in range(n):
            if y[i] * (np.dot(w, X[i]) + b[0]) <= 0.0:
                w += y[i] * X[i]
                b[0] += y[i]
                counts[epoch] += 1
        epochs_run += 1
        if counts[epoch] == 0:
            break
    return w, float(b[0]), [int(c) for c in counts[:epochs_run]]
