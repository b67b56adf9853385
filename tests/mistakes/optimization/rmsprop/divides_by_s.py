"""Divides by s instead of √s: s averages g², so g / s has the units of 1/g and the step size goes wrong.

Divide by the root mean square, np.sqrt(s) + eps: then g / √s is about ±1 and the step is about lr.
"""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = np.array(x0, dtype=float)
    s = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        s = decay * s + (1 - decay) * g * g
        x = x - learning_rate * g / (s + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
