"""−[y·logσ(z) + (1 − y)·logσ(−z)] with a stable logσ(t) = −(max(−t, 0) + log1p(exp(−|t|)))."""
import numpy as np


def _log_sigmoid(t):
    return -(np.maximum(-t, 0.0) + np.log1p(np.exp(-np.abs(t))))


def bce_with_logits(logits, targets):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    if z.shape != y.shape or z.size == 0:
        raise ValueError("logits and targets must have the same non-empty shape")
    return float(-np.mean(y * _log_sigmoid(z) + (1.0 - y) * _log_sigmoid(-z)))
