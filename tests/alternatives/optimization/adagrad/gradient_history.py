"""Keeps every gradient and recomputes √(Σ g²) from the history at each step (slower, same numbers)."""
import numpy as np


def adagrad(grad, x0, *, learning_rate, n_steps, eps=1e-8):
    out = np.zeros((n_steps + 1, len(x0)))
    out[0] = x0
    history = []
    for t in range(n_steps):
        history.append(grad(out[t].copy()))
        root = np.linalg.norm(np.array(history), axis=0)  # √(Σ g²) per coordinate
        out[t + 1] = out[t] - learning_rate * history[-1] / (root + eps)
    return out
