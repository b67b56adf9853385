"""Step counter starting at 0: the first bias correction divides by 1 − beta^0 = 0, giving inf/inf = nan.

Count steps from t = 1: for t in range(1, n_steps + 1). After the first update m is (1 − beta1)·g,
and dividing by 1 − beta1^1 turns it back into g.
"""
import numpy as np


def adam(grad, x0, *, n_steps, learning_rate=0.001, beta1=0.9, beta2=0.999, eps=1e-8):
    x = np.array(x0, dtype=float)
    m = np.zeros_like(x)
    v = np.zeros_like(x)
    trajectory = [x.copy()]
    for t in range(n_steps):
        g = grad(x)
        m = beta1 * m + (1 - beta1) * g
        v = beta2 * v + (1 - beta2) * g * g
        m_hat = m / (1 - beta1 ** t)
        v_hat = v / (1 - beta2 ** t)
        x = x - learning_rate * m_hat / (np.sqrt(v_hat) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
