"""db not summed over the batch: it returns the per-example array dL/dz instead of a float.

The bias is shared by every example, so its gradient adds up their contributions: db = Σ_i dL/dz_i.
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    loss = np.mean((p - y) ** 2)
    dz = 2 * (p - y) / len(y) * p * (1 - p)
    return float(loss), X.T @ dz, dz
