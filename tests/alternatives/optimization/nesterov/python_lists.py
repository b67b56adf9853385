"""Plain Python lists, coordinate by coordinate; numpy only to call grad and to build the result."""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    x = [float(value) for value in x0]
    v = [0.0] * len(x)
    rows = [list(x)]
    for _ in range(n_steps):
        ahead = np.array([xi - learning_rate * momentum * vi for xi, vi in zip(x, v)])
        g = grad(ahead)
        v = [momentum * vi + float(gi) for vi, gi in zip(v, g)]
        x = [xi - learning_rate * vi for xi, vi in zip(x, v)]
        rows.append(list(x))
    return np.array(rows, dtype=np.float64)
