"""The logs are taken of σ(x) and 1 − σ(x) themselves: inf or −inf once |logit| is large.

σ(1000) rounds to exactly 1.0 and σ(−1000) to 0.0, so log σ or log(1 − σ) becomes log 0 = −inf.
Write log σ(x) = −softplus(−x) and log(1 − σ(x)) = −softplus(x), with a softplus that never overflows.
"""
import numpy as np


def _sigmoid(x):
    return 1.0 / (1.0 + np.exp(-x))


def _logits(logits):
    x = np.asarray(logits, dtype=np.float64)
    if x.ndim != 1 or x.size == 0:
        raise ValueError("bad logits")
    return x


def discriminator_loss(real_logits, fake_logits):
    r, f = _logits(real_logits), _logits(fake_logits)
    with np.errstate(all="ignore"):
        loss = float(-np.mean(np.log(_sigmoid(r))) - np.mean(np.log(1.0 - _sigmoid(f))))
        return loss, (_sigmoid(r) - 1.0) / r.size, _sigmoid(f) / f.size


def generator_loss(fake_logits, kind="non_saturating"):
    if kind not in ("non_saturating", "saturating"):
        raise ValueError("kind")
    f = _logits(fake_logits)
    with np.errstate(all="ignore"):
        if kind == "non_saturating":
            return float(-np.mean(np.log(_sigmoid(f)))), (_sigmoid(f) - 1.0) / f.size
        return float(np.mean(np.log(1.0 - _sigmoid(f)))), -_sigmoid(f) / f.size
