"""Both log-probabilities through np.logaddexp: −log σ(z) = logaddexp(0, −z), −log(1 − σ(z)) = logaddexp(0, z)."""
import numpy as np


def bce_with_logits(logits, targets):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets, dtype=np.float64)
    if z.shape != y.shape:
        raise ValueError("logits and targets must have the same shape")
    if z.size == 0:
        raise ValueError("the mean of no losses is undefined")
    # logaddexp(0, t) = log(1 + e^t), computed without overflow and with log1p for the small tail.
    return float(np.mean(y * np.logaddexp(0.0, -z) + (1.0 - y) * np.logaddexp(0.0, z)))
