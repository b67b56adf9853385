"""The saturating loss is computed as log(1 − σ(f)) directly: −inf when the fakes fool D (f = 1000).

1 − σ(1000) rounds to 0 and log 0 is −inf; log(1 − σ(f)) = −softplus(f) is exact and finite (−1000).
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
    loss = float(np.mean(_softplus(-r)) + np.mean(_softplus(f)))
    return loss, -_sigmoid(-r) / r.size, _sigmoid(f) / f.size


def generator_loss(fake_logits, kind="non_saturating"):
    _kind(kind)
    f = _logits(fake_logits)
    if kind == "non_saturating":
        return float(np.mean(_softplus(-f))), -_sigmoid(-f) / f.size
    with np.errstate(divide="ignore"):
        return float(np.mean(np.log(1.0 - _sigmoid(f)))), -_sigmoid(f) / f.size
