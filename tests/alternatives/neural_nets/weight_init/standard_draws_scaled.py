"""Standard draws scaled by hand: rng.random mapped to (−a, a), rng.standard_normal times std."""
import numpy as np


def _fans_ok(fan_in, fan_out):
    if min(fan_in, fan_out) <= 0:
        raise ValueError("fan_in and fan_out must be positive")


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    _fans_ok(fan_in, fan_out)
    bound = gain * np.sqrt(6.0) / np.sqrt(fan_in + fan_out)
    u = np.random.default_rng(seed).random((fan_in, fan_out))
    return (2.0 * u - 1.0) * bound


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    _fans_ok(fan_in, fan_out)
    std = gain * np.sqrt(2.0) / np.sqrt(fan_in + fan_out)
    return np.random.default_rng(seed).standard_normal((fan_in, fan_out)) * std


def he_normal(fan_in, fan_out, *, seed):
    _fans_ok(fan_in, fan_out)
    return np.random.default_rng(seed).standard_normal((fan_in, fan_out)) * np.sqrt(2.0) / np.sqrt(fan_in)
