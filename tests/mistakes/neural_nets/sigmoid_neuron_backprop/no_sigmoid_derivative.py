"""Sigmoid left out of the chain rule: dL/dz = 2(p − y)/N, as if p were z (or as for cross-entropy).

(p − y) alone is the gradient of logistic regression's cross-entropy. Under squared error the
chain rule goes through the sigmoid too: multiply by σ′(z) = p·(1 − p).
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    loss = np.mean((p - y) ** 2)
    dz = 2 * (p - y) / len(y)
    return float(loss), X.T @ dz, float(dz.sum())
