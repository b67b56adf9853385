"""Sums over the batch instead of averaging (and gradients not divided by the batch size).

Every loss here is a MEAN over its batch, as BCEWithLogitsLoss(reduction="mean"); its gradient
with respect to one logit carries the factor 1/n.
"""
import numpy as np


def _softplus(x):
    return np.maximum(x, 0.0) + np.log1p(np.exp(-np.abs(x)))


def _sigmoid(x):
    return np.exp(-_softplus(-x))


def _logits(logits):
    x = np.asarray(logits, dtype=np.float64)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad logits")
    return x


def _kind(kind):
    if kind not in ("non_saturating", "saturating"):
        raise ValueError("kind")


def discriminator_loss(real_logits, fake_logits):
    r, f = _logits(real_logits), _logits(fake_logits)
    loss = float(np.sum(_softplus(-r)) + np.sum(_softplus(f)))
    return loss, -_sigmoid(-r), _sigmoid(f)


def generator_loss(fake_logits, kind="non_saturating"):
    _kind(kind)
    f = _logits(fake_logits)
    if kind == "non_saturating":
        return float(np.sum(_softplus(-f))), -_sigmoid(-f)
    return float(-np.sum(_softplus(f))), -_sigmoid(f)
