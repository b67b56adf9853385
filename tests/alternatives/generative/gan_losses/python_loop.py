"""One logit at a time with the math module: the two branches of a stable softplus and sigmoid."""
import math

import numpy as np


def _softplus(x):
    return x + math.log1p(math.exp(-x)) if x > 0 else math.log1p(math.exp(x))


def _sigmoid(x):
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    e = math.exp(x)
    return e / (1.0 + e)


def _values(logits):
    a = np.asarray(logits)
    if a.ndim != 1 or a.shape[0] == 0:
        raise ValueError("expected a non-empty 1-D array of logits")
    return [float(v) for v in a]


def discriminator_loss(real_logits, fake_logits):
    r, f = _values(real_logits), _values(fake_logits)
    loss = math.fsum(_softplus(-v) for v in r) / len(r) + math.fsum(_softplus(v) for v in f) / len(f)
    grad_real = np.array([-_sigmoid(-v) / len(r) for v in r])
    grad_fake = np.array([_sigmoid(v) / len(f) for v in f])
    return loss, grad_real, grad_fake


def generator_loss(fake_logits, kind="non_saturating"):
    if kind not in ("non_saturating", "saturating"):
        raise ValueError(f"unknown kind {kind!r}")
    f = _values(fake_logits)
    n = len(f)
    if kind == "non_saturating":
        return math.fsum(_softplus(-v) for v in f) / n, np.array([-_sigmoid(-v) / n for v in f])
    return -math.fsum(_softplus(v) for v in f) / n, np.array([-_sigmoid(v) / n for v in f])
