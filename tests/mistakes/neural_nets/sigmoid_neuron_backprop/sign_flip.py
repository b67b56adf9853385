"""Sign flip: the residual is taken as y − p, so the gradient points uphill.

∂L/∂p = 2(p − y)/N: the prediction minus the target. A gradient check would catch this.
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    loss = np.mean((p - y) ** 2)
    dz = 2 * (y - p) / len(y) * p * (1 - p)
    return float(loss), X.T @ dz, float(dz.sum())
