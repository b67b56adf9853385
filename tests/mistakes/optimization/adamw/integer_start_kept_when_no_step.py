"""x0 is never converted to float: with int entries and n_steps = 0 the trajectory is an int array.

Start from np.array(x0, dtype=float): the updates make later rows float, but with no update the
start point alone decides the dtype.
"""
import numpy as np


def adamw(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8, weight_decay=0.01):
    x = np.array(x0)
    m = np.zeros(len(x))
    v = np.zeros(len(x))
    rows = [x]
    for t in range(1, n_steps + 1):
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        x = x - learning_rate * (m_hat / (np.sqrt(v_hat) + eps) + weight_decay * x)
        rows.append(x)
    return np.array(rows)
