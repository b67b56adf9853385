"""beta1 and beta2 swapped in the averages: m decays with beta2 and v with beta1.

beta1 (0.9) goes with the gradient average m, beta2 (0.999) with the squared-gradient average v,
and each bias correction uses the same beta as its average.
"""
import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    x = np.array(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(1, n_steps + 1):
        g = grad(x)
        m = beta2 * m + (1 - beta2) * g
        v = beta1 * v + (1 - beta1) * g * g
        m_hat = m / (1 - beta2 ** t)
        v_hat = v / (1 - beta1 ** t)
        x = x - learning_rate * m_hat / (np.sqrt(v_hat) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
