"""Entry by entry with the math module, results rebuilt as float64 arrays of x's shape."""
import math

import numpy as np


def _apply(scalar_function, x):
    values = [scalar_function(float(v)) for v in x.ravel()]
    return np.array(values, dtype=np.float64).reshape(x.shape)


def _sigmoid(v):
    if v >= 0:
        return 1.0 / (1.0 + math.exp(-v))
    e = math.exp(v)
    return e / (1.0 + e)


def relu(x):
    return _apply(lambda v: v if v > 0 else 0.0, x)


def relu_grad(x):
    return _apply(lambda v: 1.0 if v > 0 else 0.0, x)


def leaky_relu(x, negative_slope=0.01):
    return _apply(lambda v: v if v > 0 else negative_slope * v, x)


def leaky_relu_grad(x, negative_slope=0.01):
    return _apply(lambda v: 1.0 if v > 0 else negative_slope, x)


def sigmoid(x):
    return _apply(_sigmoid, x)


def sigmoid_grad(x):
    return _apply(lambda v: _sigmoid(v) * (1.0 - _sigmoid(v)), x)


def tanh(x):
    return _apply(math.tanh, x)


def tanh_grad(x):
    return _apply(lambda v: 1.0 - math.tanh(v) ** 2, x)


def _gelu_tanh_parts(v):
    c = math.sqrt(2.0 / math.pi)
    t = math.tanh(c * (v + 0.044715 * v ** 3))
    return t, c * (1.0 + 3.0 * 0.044715 * v * v)


def gelu(x, approximate="none"):
    if approximate == "tanh":
        return _apply(lambda v: 0.5 * v * (1.0 + _gelu_tanh_parts(v)[0]), x)
    return _apply(lambda v: v * 0.5 * math.erfc(-v / math.sqrt(2.0)), x)


def gelu_grad(x, approximate="none"):
    if approximate == "tanh":
        def slope(v):
            t, du = _gelu_tanh_parts(v)
            return 0.5 * (1.0 + t) + 0.5 * v * (1.0 - t * t) * du
        return _apply(slope, x)
    return _apply(lambda v: 0.5 * math.erfc(-v / math.sqrt(2.0))
                  + v * math.exp(-0.5 * v * v) / math.sqrt(2.0 * math.pi), x)


def softplus(x):
    return _apply(lambda v: max(v, 0.0) + math.log1p(math.exp(-abs(v))), x)


def softplus_grad(x):
    return _apply(_sigmoid, x)
