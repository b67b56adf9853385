"""One mean over the real and fake batches together (n_real + n_fake samples), not a mean per batch.

With batches of different sizes this weights the larger batch more. L_D is mean over the real batch
plus mean over the fake batch; each gradient is divided by its own batch size.
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
    n = r.size + f.size
    loss = float((np.sum(_softplus(-r)) + np.sum(_softplus(f))) / n)
    return loss, -_sigmoid(-r) / n, _sigmoid(f) / n


def generator_loss(fake_logits, kind="non_saturating"):
    _kind(kind)
    f = _logits(fake_logits)
    if kind == "non_saturating":
        return float(np.mean(_softplus(-f))), -_sigmoid(-f) / f.size
    return float(-np.mean(_softplus(f))), -_sigmoid(f) / f.size
