"""The discriminator loss is halved: ½(mean on real + mean on fake), as pix2pix does.

Here L_D is the SUM of the two batch means (BCE on the real batch plus BCE on the fake batch);
halving it also halves both gradients.
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
    loss = float(0.5 * (np.mean(_softplus(-r)) + np.mean(_softplus(f))))
    return loss, -0.5 * _sigmoid(-r) / r.size, 0.5 * _sigmoid(f) / f.size


def generator_loss(fake_logits, kind="non_saturating"):
    _kind(kind)
    f = _logits(fake_logits)
    if kind == "non_saturating":
        return float(np.mean(_softplus(-f))), -_sigmoid(-f) / f.size
    return float(-np.mean(_softplus(f))), -_sigmoid(f) / f.size
