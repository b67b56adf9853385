"""The gradients are written σ(x) − 1, which cancels to exactly 0 once σ(x) rounds to 1 (x ≳ 37).

−σ(−x) and σ(x) − 1 are equal in exact arithmetic, but at x = 40 the first is −4.25e-18 and the
second 0.0. Compute σ(−x) directly.
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
    return loss, (_sigmoid(r) - 1.0) / r.size, _sigmoid(f) / f.size


def generator_loss(fake_logits, kind="non_saturating"):
    _kind(kind)
    f = _logits(fake_logits)
    if kind == "non_saturating":
        return float(np.mean(_softplus(-f))), (_sigmoid(f) - 1.0) / f.size
    return float(-np.mean(_softplus(f))), -_sigmoid(f) / f.size
