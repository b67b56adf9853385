"""One variance-scaling helper (scale, mode, distribution), as Keras and PyTorch organise them."""
import math

import numpy as np


def _variance_scaling(fan_in, fan_out, scale, mode, distribution, seed):
    if fan_in < 1 or fan_out < 1:
        raise ValueError("fan_in and fan_out must be >= 1")
    fan = {"fan_in": fan_in, "fan_avg": (fan_in + fan_out) / 2.0}[mode]
    variance = scale / fan
    rng = np.random.default_rng(seed)
    if distribution == "uniform":
        limit = math.sqrt(3.0 * variance)
        return rng.uniform(low=-limit, high=limit, size=[fan_in, fan_out])
    return rng.normal(loc=0.0, scale=math.sqrt(variance), size=[fan_in, fan_out])


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    return _variance_scaling(fan_in, fan_out, gain ** 2, "fan_avg", "uniform", seed)


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    return _variance_scaling(fan_in, fan_out, gain ** 2, "fan_avg", "normal", seed)


def he_normal(fan_in, fan_out, *, seed):
    return _variance_scaling(fan_in, fan_out, 2.0, "fan_in", "normal", seed)
