"""Plain Python floats per coordinate, running powers of the betas."""
import math

import numpy as np


def adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
          weight_decay=0.01):
    x = [float(value) for value in x0]
    m = [0.0 for _ in x]
    v = [0.0 for _ in x]
    b1t = b2t = 1.0
    rows = [x[:]]
    for _ in range(n_steps):
        g = list(grad(np.array(x)))
        b1t, b2t = b1t * beta1, b2t * beta2
        new_x = []
        for xi, gi, i in zip(x, g, range(len(x))):
            m[i] = beta1 * m[i] + (1 - beta1) * gi
            v[i] = beta2 * v[i] + (1 - beta2) * gi * gi
            adam_step = (m[i] / (1 - b1t)) / (math.sqrt(v[i] / (1 - b2t)) + eps)
            new_x.append(xi - learning_rate * adam_step - learning_rate * weight_decay * xi)
        x = new_x
        rows.append(x[:])
    return np.array(rows, dtype=float)
