"""Forgets the max(z, 0) term: −z·y + log1p(exp(−|z|)) is only right for z ≤ 0.

log(1 + exp(z)) = max(z, 0) + log1p(exp(−|z|)): for positive z the softplus is about z, and
dropping max(z, 0) loses it. The full loss is max(z, 0) − z·y + log1p(exp(−|z|)).
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
    return float(np.mean(-z * y + np.log1p(np.exp(-np.abs(z)))))
