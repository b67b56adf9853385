"""Plain Python floats, one coordinate at a time, converted at the end."""
import numpy as np


def sgd_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = [float(value) for value in x0]
    v = [0.0] * len(x)
    rows = [list(x)]
    for _ in range(n_steps):
        g = grad(np.array(x))
        v = [momentum * vi + gi for vi, gi in zip(v, g)]
        x = [xi - learning_rate * vi for xi, vi in zip(x, v)]
        rows.append(list(x))
    return np.array(rows, dtype=float)
