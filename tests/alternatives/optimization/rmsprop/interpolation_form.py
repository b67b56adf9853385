"""The average written as s += (1 − decay)·(g² − s) (an interpolation), in place on a private copy."""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = np.array(x0, dtype=np.float64)
    s = np.zeros_like(x)
    out = np.zeros((n_steps + 1, x.size))
    out[0] = x
    for k in range(n_steps):
        g = grad(x)
        s += (1 - decay) * (np.square(g) - s)
        x -= learning_rate * g / (np.sqrt(s) + eps)
        out[k + 1] = x
    return out
