"""No shape check: logits of shape (3,) and targets of shape (3, 1) broadcast to a (3, 3) loss instead of raising ValueError.

Broadcasting pairs every logit with every target. Compare the shapes first and raise
ValueError when they differ.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def bce_with_logits(logits, targets):
    z = np.asarray(logits, dtype=float)
    y = np.asarray(targets, dtype=float)
    if z.size == 0:
        raise ValueError("empty")
    return float(np.mean(np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))))
