"""Every row is the same array: x -= ... updates x in place and the list holds x itself, so all rows show the last point.

Appending an array stores a reference, not a snapshot. Append x.copy(), write x = x - ... (a new
array each step), or fill a preallocated trajectory row by row.
"""
import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    x = np.array(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x]
    for t in range(1, n_steps + 1):
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        x -= learning_rate * m_hat / (np.sqrt(v_hat) + eps)
        trajectory.append(x)
    return np.array(trajectory)
