"""Gradient without 1/N: the loss is a mean but dw and db are sums over the batch.

The loss averages over N examples, so every gradient carries the same 1/N: ∂L/∂p_i = 2(p_i − y_i)/N.
"""
import numpy as np


def sigmoid_neuron_backprop(X, y, w, b):
    p = 1 / (1 + np.exp(-(X @ w + b)))
    loss = np.mean((p - y) ** 2)
    dz = 2 * (p - y) * p * (1 - p)
    return float(loss), X.T @ dz, float(dz.sum())
