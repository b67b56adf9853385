"""np.frompyfunc for erf, piecewise formulas through np.where, sigmoid through logaddexp, sech² for tanh."""
import math

import numpy as np

ERF = np.frompyfunc(math.erf, 1, 1)
C = math.sqrt(2.0 / math.pi)


def _phi(x):
    return 0.5 * (1.0 + ERF(x / math.sqrt(2.0)).astype(np.float64))


def relu(x):
    return np.where(x > 0, x, 0.0)


def relu_grad(x):
    return np.heaviside(x, 0.0)


def leaky_relu(x, negative_slope=0.01):
    return np.maximum(x, 0.0) + negative_slope * np.minimum(x, 0.0)


def leaky_relu_grad(x, negative_slope=0.01):
    grad = np.full(x.shape, float(negative_slope))
    grad[x > 0] = 1.0
    return grad


def sigmoid(x):
    return np.exp(-np.logaddexp(0.0, -x))


def sigmoid_grad(x):
    return np.exp(-np.logaddexp(0.0, -x) - np.logaddexp(0.0, x))


def tanh(x):
    return (1.0 - np.exp(-2.0 * np.abs(x))) / (1.0 + np.exp(-2.0 * np.abs(x))) * np.sign(x)


def tanh_grad(x):
    e = np.exp(-2.0 * np.abs(x))
    return 4.0 * e / (1.0 + e) ** 2


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return 0.5 * x * (1.0 + np.tanh(C * (x + 0.044715 * x * x * x)))
    return x * _phi(x)


def gelu_grad(x, approximate="none"):
    if approximate == "tanh":
        u = C * (x + 0.044715 * x ** 3)
        with np.errstate(over="ignore"):
            sech2 = 1.0 / np.cosh(u) ** 2
        return 0.5 * (1.0 + np.tanh(u)) + 0.5 * x * sech2 * C * (1.0 + 0.134145 * x ** 2)
    return _phi(x) + x * np.exp(-x * x / 2.0) / math.sqrt(2.0 * math.pi)


def softplus(x):
    with np.errstate(over="ignore"):
        return np.where(x > 0, x + np.log1p(np.exp(-np.abs(x))), np.log1p(np.exp(np.minimum(x, 0.0))))


def softplus_grad(x):
    return sigmoid(x)
