"""Uses log(1 + exp(−|z|)) instead of log1p(exp(−|z|)): 1 + 4e-18 rounds to 1, so a tiny loss comes out as exactly 0.

log1p(u) computes log(1 + u) without first rounding 1 + u, keeping full relative accuracy for
tiny u. The statement asks for that accuracy (the loss for z = 40, y = 1 is 4.25e-18).
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
    return float(np.mean(np.maximum(z, 0) - z * y + np.log(1 + np.exp(-np.abs(z)))))
