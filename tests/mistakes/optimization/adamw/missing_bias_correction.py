"""Missing bias correction: it steps with m / (√v + eps), so the first steps are far too large.

m and v start at zero, so after t steps they are too small by 1 − beta1^t and 1 − beta2^t: divide
them out (m_hat, v_hat) exactly as in Adam, with t counted from 1.
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
        m_hat, v_hat = m, v
        x = x - learning_rate * (m_hat / (np.sqrt(v_hat) + eps) + weight_decay * x)
        trajectory.append(x.copy())
    return np.array(trajectory)
