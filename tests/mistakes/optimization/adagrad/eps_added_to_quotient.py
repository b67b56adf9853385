"""eps added to the quotient, not the denominator: lr·(g/√G + eps) — a missing pair of brackets.

Write the denominator in brackets: g / (np.sqrt(G) + eps). Without them eps is added to the step
itself (and a coordinate whose gradient is 0 gives 0/0 = nan).
"""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    x = np.array(x0, dtype=float)
    G = np.zeros_like(x)
    trajectory = [x.copy()]
    for _ in range(n_steps):
        g = grad(x)
        G = G + g * g
        x = x - learning_rate * (g / np.sqrt(G) + eps)
        trajectory.append(x.copy())
    return np.array(trajectory)
