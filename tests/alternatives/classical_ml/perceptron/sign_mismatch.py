"""Plain Python lists; a mistake is sign(w·x + b) != y, where sign(0) = 0 also counts as a mistake."""
import numpy as np


def perceptron(X, y, *, n_epochs):
    labels = [float(v) for v in y]
    if any(label not in (-1.0, 1.0) for label in labels):
        raise ValueError("labels must be ±1")
    rows = [[float(v) for v in row] for row in X]
    d = np.shape(X)[1]
    w, b = [0.0] * d, 0.0
    history = []
    for _ in range(n_epochs):
        errors = 0
        for row, label in zip(rows, labels):
            activation = sum(wj * xj for wj, xj in zip(w, row)) + b
            if np.sign(activation) != label:
                w = [wj + label * xj for wj, xj in zip(w, row)]
                b += label
                errors += 1
        history.append(errors)
        if not errors:
            break
    return np.array(w, dtype=float).reshape(d), float(b), history
