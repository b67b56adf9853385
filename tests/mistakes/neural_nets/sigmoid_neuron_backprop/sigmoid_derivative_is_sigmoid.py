"""Sigmoid derivative taken as σ(z) instead of σ(z)·(1 − σ(z)).

Through the sigmoid the chain rule multiplies by σ′(z) = p·(1 − p), not by p.
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    loss = np.mean((p - y) ** 2)
    dz = 2 * (p - y) / len(y) * p
    return float(loss), X.T @ dz, float(dz.sum())
