"""Drawn in PyTorch's (fan_out, fan_in) layout and transposed: right shape and distribution, different numbers.

The pinned draw is one call with size=(fan_in, fan_out); drawing (fan_out, fan_in) and
transposing puts the same numbers in other places.
"""
import math

import numpy as np


def _check(fan_in, fan_out):
    if fan_in < 1 or fan_out < 1:
        raise ValueError("fans must be at least 1")


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    a = gain * math.sqrt(6.0 / (fan_in + fan_out))
    return np.random.default_rng(seed).uniform(-a, a, size=(fan_out, fan_in)).T.copy()


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    _check(fan_in, fan_out)
    std = gain * math.sqrt(2.0 / (fan_in + fan_out))
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_out, fan_in)).T.copy()


def he_normal(fan_in, fan_out, *, seed):
    _check(fan_in, fan_out)
    std = math.sqrt(2.0 / fan_in)
    return np.random.default_rng(seed).normal(0.0, std, size=(fan_out, fan_in)).T.copy()
