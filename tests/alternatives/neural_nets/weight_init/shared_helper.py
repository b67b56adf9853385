"""One helper for both normal initialisers, from the variance; the Xavier bound from the variance too."""
import math

import numpy as np


def _normal(fan_in, fan_out, variance_of, seed):
    if not (fan_in >= 1 and fan_out >= 1):
        raise ValueError(f"bad fans {fan_in}, {fan_out}")
    rng = np.random.default_rng(seed)
    return rng.normal(loc=0.0, scale=math.sqrt(variance_of(fan_in, fan_out)), size=(fan_in, fan_out))


def xavier_uniform(fan_in, fan_out, *, gain=1.0, seed):
    if not (fan_in >= 1 and fan_out >= 1):
        raise ValueError(f"bad fans {fan_in}, {fan_out}")
    variance = gain ** 2 * 2.0 / (fan_in + fan_out)
    limit = math.sqrt(3.0 * variance)           # U(−a, a) has variance a²/3
    return np.random.default_rng(seed).uniform(low=-limit, high=limit, size=(fan_in, fan_out))


def xavier_normal(fan_in, fan_out, *, gain=1.0, seed):
    return _normal(fan_in, fan_out, lambda i, o: gain ** 2 * 2.0 / (i + o), seed)


def he_normal(fan_in, fan_out, *, seed):
    return _normal(fan_in, fan_out, lambda i, o: 2.0 / i, seed)
