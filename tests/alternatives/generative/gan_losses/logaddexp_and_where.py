"""softplus as np.logaddexp(0, x), σ with a branch on the sign so exp never overflows."""
import numpy as np


def _check(x):
    x = np.array(x, dtype=float)
    if x.ndim != 1 or len(x) == 0:
        raise ValueError("logits must be a non-empty 1-D array")
    return x


def _sigmoid(x):
    e = np.exp(-np.abs(x))                      # in (0, 1]
    return np.where(x >= 0, 1.0 / (1.0 + e), e / (1.0 + e))


def discriminator_loss(real_logits, fake_logits):
    r, f = _check(real_logits), _check(fake_logits)
    loss = np.logaddexp(0.0, -r).mean() + np.logaddexp(0.0, f).mean()
    return float(loss), -_sigmoid(-r) / len(r), _sigmoid(f) / len(f)


def generator_loss(fake_logits, kind="non_saturating"):
    if kind == "non_saturating":
        f = _check(fake_logits)
        return float(np.logaddexp(0.0, -f).mean()), -_sigmoid(-f) / len(f)
    if kind == "saturating":
        f = _check(fake_logits)
        return float(-np.logaddexp(0.0, f).mean()), -_sigmoid(f) / len(f)
    raise ValueError(kind)
