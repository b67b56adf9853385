"""decay and 1 − decay swapped: s = (1 − decay)·s + decay·g², so the average mostly forgets the past.

decay is how much of the OLD average is kept: s = decay * s + (1 - decay) * g * g. With decay = 0.9
the new squared gradient only gets a weight of 0.1.
"""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = np.array(x0, dtype=float)
    s = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        s = (1 - decay) * s + decay * g * g
        x = x - learning_rate * g / (np.sqrt(s) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
