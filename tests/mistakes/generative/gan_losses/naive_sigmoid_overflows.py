"""σ(x) is the naive 1 / (1 + np.exp(−x)): right values at ±1000, but exp(1000) overflows.

For x = −1000 it computes exp(1000) = inf (numpy warns "overflow encountered in exp") and lands
on 1/inf = 0 by luck. The softplus is stable already: take σ(x) = exp(−softplus(−x)), or choose
1/(1 + exp(−x)) for x ≥ 0 and exp(x)/(1 + exp(x)) for x < 0 with a boolean mask.
"""
import numpy as np

NAMED_BY_MESSAGE = "overflow encountered in exp"


def _softplus(x):
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _logits(logits):
    x = np.asarray(logits, dtype=np.float64)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("logits must be a non-empty 1-D array")
    return x


def discriminator_loss(real_logits, fake_logits):
    r, f = _logits(real_logits), _logits(fake_logits)
    loss = float(np.mean(_softplus(-r)) + np.mean(_softplus(f)))
    return loss, -_sigmoid(-r) / r.size, _sigmoid(f) / f.size


def generator_loss(fake_logits, kind="non_saturating"):
    if kind not in ("non_saturating", "saturating"):
        raise ValueError(f"unknown kind {kind!r}")
    f = _logits(fake_logits)
    if kind == "non_saturating":
        return float(np.mean(_softplus(-f))), -_sigmoid(-f) / f.size
    return float(-np.mean(_softplus(f))), -_sigmoid(f) / f.size
