"""db averaged over the batch (mean of dL/dz) after the 1/N is already in dL/dz.

The 1/N of the mean loss is applied once, in ∂L/∂p; after that the bias gradient is a plain sum.
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    loss = np.mean((p - y) ** 2)
    dz = 2 * (p - y) / len(y) * p * (1 - p)
    return float(loss), X.T @ dz, float(dz.mean())
