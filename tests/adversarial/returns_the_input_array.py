"""Returns the caller's own array on the path where nothing needs to change (n_steps = 0), though
the statement asks for a new trajectory array."""
# expect: failed
# kata: optimization/gradient_descent
import numpy as np


def gradient_descent(grad, x0, *, learning_rate, n_steps):
    if n_steps == 0 and isinstance(x0, np.ndarray) and x0.dtype == float:
        return x0.reshape(1, -1)
    x = np.array(x0, dtype=float)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        x = x - learning_rate * grad(x)
        trajectory.append(x.copy())
    return np.array(trajectory)
