"""The saturating loss has the wrong sign: −log(1 − σ(f)) = softplus(f), the discriminator's term.

In min_G max_D the generator MINIMISES log(1 − D(G(z))): the loss is −softplus(f) ≤ 0, and its
gradient −σ(f)/n. Flipping the sign trains the generator to make its fakes easier to reject.
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
    return float(np.mean(_softplus(f))), _sigmoid(f) / f.size
