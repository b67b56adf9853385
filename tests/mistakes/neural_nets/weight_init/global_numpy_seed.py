"""Global generator: np.random.seed(seed) with np.random.uniform / normal draws other numbers than default_rng(seed).

The statement pins rng = np.random.default_rng(seed) and one call on it; the legacy global
functions use a different algorithm (and shared state).
"""
import math

import numpy as np


def _check(fan_in, fan_out):
    if fan_in < 1 or fan_out < 1:
        raise ValueError("fans must be at least 1")


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    a = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return (np.random.seed(seed), np.random)[1].uniform(-a, a, size=(fan_in, fan_out))


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    return (np.random.seed(seed), np.random)[1].normal(0.0, std, size=(fan_in, fan_out))


def he_normal(fan_in, fan_out, *, seed):
    _check(fan_in, fan_out)
    std = math.sqrt(2.0 / fan_in)
    return (np.random.seed(seed), np.random)[1].normal(0.0, std, size=(fan_in, fan_out))
