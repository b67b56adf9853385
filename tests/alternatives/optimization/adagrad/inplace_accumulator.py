"""In-place updates on private copies: G += g ** 2 and x -= ... on an array that is not x0."""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=np.float64)  # a copy: x0 is never touched
    G = np.zeros(x.shape)
    rows = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G += g ** 2
        x -= learning_rate * g / (G ** 0.5 + eps)
        rows.append(x.copy())
    return np.stack(rows)
