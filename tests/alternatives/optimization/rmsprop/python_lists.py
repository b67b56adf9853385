"""Plain Python floats coordinate by coordinate, with math.sqrt."""
import math

import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = [float(value) for value in x0]
    s = [0.0] * len(x)
    rows = [list(x)]
    for _ in range(n_steps):
        g = grad(np.array(x))
        for i, gi in enumerate(g):
            s[i] = decay * s[i] + (1.0 - decay) * gi * gi
            x[i] = x[i] - learning_rate * gi / (math.sqrt(s[i]) + eps)
        rows.append(list(x))
    return np.array(rows, dtype=float)
