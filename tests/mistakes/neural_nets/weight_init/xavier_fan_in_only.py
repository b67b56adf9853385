"""Xavier with fan_in only: variance 1/fan_in (LeCun's) instead of 2/(fan_in + fan_out).

Glorot and Bengio average the forward and backward conditions: Var = 2/(fan_in + fan_out), so
the uniform bound is √(6/(fan_in + fan_out)) and the normal std √(2/(fan_in + fan_out)).
"""
import math

import numpy as np


def _check(fan_in, fan_out):
    if fan_in < 1 or fan_out < 1:
        raise ValueError("fans must be at least 1")


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    a = gain * math.sqrt(3.0 / fan_in)
    return np.random.default_rng(seed).uniform(-a, a, size=(fan_in, fan_out))


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    std = gain * math.sqrt(1.0 / fan_in)
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))


def he_normal(fan_in, fan_out, *, seed):
    _check(fan_in, fan_out)
    std = math.sqrt(2.0 / fan_in)
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_in, fan_out))
