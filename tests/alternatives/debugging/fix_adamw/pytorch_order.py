"""PyTorch's AdamW order: x shrinks by (1 − lr·weight_decay), then the Adam step."""
import numpy as np


def clip_by_norm(g, max_norm):
    """g rescaled so that its norm is at most max_norm."""
    norm = np.sqrt(np.sum(g ** 2))
    if norm > max_norm:
        return g * (max_norm / norm)
    return g


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
        x = x * (1 - learning_rate * weight_decay)
        x = x - learning_rate * step
        trajectory.append(x.copy())
    return np.array(trajectory)
