"""Wrong default decay: 0.99 (PyTorch's alpha default) instead of the 0.9 this kata's signature asks for.

Use the defaults the signature states: decay=0.9, eps=1e-8. PyTorch's RMSprop uses alpha=0.99,
Keras's rho=0.9: the default is a convention, and this kata fixes it at 0.9.
"""
import numpy as np


def rmsprop(grad, x0, *, learning_rate, n_steps, decay=0.99, eps=1e-8):
    x = np.array(x0, dtype=float)
    s = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        s = decay * s + (1 - decay) * g * g
        x = x - learning_rate * g / (np.sqrt(s) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
