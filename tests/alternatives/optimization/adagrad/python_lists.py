"""Plain Python floats coordinate by coordinate, with math.sqrt."""
import math

import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = [float(value) for value in x0]
    total = [0.0 for _ in x]
    rows = [x[:]]
    for _ in range(n_steps):
        g = [float(value) for value in grad(np.array(x))]
        for i in range(len(x)):
            total[i] += g[i] ** 2
            x[i] -= learning_rate * g[i] / (math.sqrt(total[i]) + eps)
        rows.append(x[:])
    return np.array(rows)
