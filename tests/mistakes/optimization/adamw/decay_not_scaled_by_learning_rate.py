"""Decay not scaled by the learning rate: x −= weight_decay·x on its own (the paper's form with schedule multiplier 1).

PyTorch's AdamW, which this kata follows, multiplies the decay by the learning rate:
x = x − learning_rate · (m_hat / (√v_hat + eps) + weight_decay · x).
"""
import numpy as np


def adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8,
          weight_decay=0.01):
    x = np.array(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(1, n_steps + 1):
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        x = x - learning_rate * m_hat / (np.sqrt(v_hat) + eps) - weight_decay * x
        trajectory.append(x.copy())
    return np.array(trajectory)
