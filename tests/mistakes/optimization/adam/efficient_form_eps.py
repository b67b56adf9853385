"""The paper's "efficient" form (lr_t = lr·√(1 − beta2^t)/(1 − beta1^t), eps added to √v): eps lands in a different place.

Folding the corrections into the learning rate adds eps to the uncorrected √v, which is like using
eps/√(1 − beta2^t) in the statement's formula: a much larger eps early on. This kata pins
m_hat / (np.sqrt(v_hat) + eps), with eps added to the bias-corrected √v_hat.
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
        lr_t = learning_rate * np.sqrt(1 - beta2 ** t) / (1 - beta1 ** t)
        x = x - lr_t * m / (np.sqrt(v) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
