"""Plain Python loops: a running sum per uniform, one rng.random() per sample."""
import math

import numpy as np


def _check(probs):
    probs = [float(p) for p in probs]
    if not probs or min(probs) < 0 or abs(math.fsum(probs) - 1) > 1e-9:
        raise ValueError("probs must be non-negative and sum to 1")
    return probs


def categorical_from_uniforms(probs, u):
    probs = _check(probs)
    last_positive = max(i for i, p in enumerate(probs) if p > 0)
    out = []
    for value in u:
        running, chosen = 0.0, last_positive
        for i, p in enumerate(probs):
            running += p
            if value < running:
                chosen = i
                break
        out.append(chosen)
    return np.array(out, dtype=np.int64)


def sample_categorical(probs, n, *, seed):
    _check(probs)
    rng = np.random.default_rng(seed)
    u = [rng.random() for _ in range(n)]   # n scalar draws = the same stream as rng.random(n)
    return categorical_from_uniforms(probs, u)


def sample_exponential(rate, n, *, seed):
    if rate <= 0:
        raise ValueError("rate must be positive")
    rng = np.random.default_rng(seed)
    return np.array([-math.log(1.0 - rng.random()) / rate for _ in range(n)], dtype=float)
