"""PyTorch's recursion on the look-ahead points p_k, converted back with x_k = p_k + lr·μ·v_k."""
import numpy as np


def nesterov_momentum(grad, x0, *, learning_rate, momentum, n_steps):
    p = np.array(x0, dtype=float)
    v = np.zeros(p.shape)
    out = np.zeros((n_steps + 1, p.size))
    out[0] = p
    for k in range(1, n_steps + 1):
        g = grad(p)
        v = momentum * v + g
        p = p - learning_rate * (g + momentum * v)
        out[k] = p + learning_rate * momentum * v
    return out
