"""An explicit copy of x0 updated in place, with a copy of it stored at every step."""
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    x = np.asarray(x0, dtype=np.float64).copy()
    rows = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        x -= learning_rate * g
        rows.append(x.copy())
    return np.stack(rows)
