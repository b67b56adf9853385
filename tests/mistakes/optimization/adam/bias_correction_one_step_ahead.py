"""Bias correction one step ahead: it divides by 1 − beta^(t+1), as if t counted from 2.

The correction for the t-th update (t = 1, 2, …) is 1 − beta^t: after one update m = (1 − beta1)·g,
so m_hat must be m / (1 − beta1). Check the exponent against the loop variable.
"""
import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    x = np.array(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(1, n_steps + 1):
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** (t + 1))
        v_hat = v / (1 - beta2 ** (t + 1))
        x = x - learning_rate * m_hat / (np.sqrt(v_hat) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
