"""Plain Python floats per coordinate, with the powers beta^t kept as running products."""
import math

import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    x = [float(value) for value in x0]
    m = [0.0] * len(x)
    v = [0.0] * len(x)
    power1 = power2 = 1.0
    rows = [list(x)]
    for _ in range(n_steps):
        g = [float(value) for value in grad(np.array(x))]
        power1 *= beta1
        power2 *= beta2
        for i in range(len(x)):
            m[i] = beta1 * m[i] + (1 - beta1) * g[i]
            v[i] = beta2 * v[i] + (1 - beta2) * g[i] ** 2
            x[i] -= learning_rate * (m[i] / (1 - power1)) / (math.sqrt(v[i] / (1 - power2)) + eps)
        rows.append(list(x))
    return np.array(rows)
