"""Modifies x0 in place: x = np.asarray(x0) is x0 itself for a float array, and x *= 1 − lr·wd (PyTorch's p.mul_) changes it.

PyTorch updates parameters in place on purpose; a function here must leave its inputs alone. Start
from a copy, np.array(x0, dtype=float), before any in-place update.
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `x0`"


def adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
          weight_decay=0.01):
    x = np.asarray(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(1, n_steps + 1):
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        x *= 1 - learning_rate * weight_decay
        x -= learning_rate * m_hat / (np.sqrt(v_hat) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
