"""Returns nan for an empty batch (np.mean of nothing, as torch does) instead of raising ValueError.

The statement pins the empty batch: raise ValueError, since the mean of no losses is undefined.
Check z.size == 0 before averaging.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def bce_with_logits(logits, targets):
    z = np.asarray(logits, dtype=float)
    y = np.asarray(targets, dtype=float)
    if z.shape != y.shape:
        raise ValueError("shapes differ")
    with np.errstate(invalid="ignore"):
        losses = np.maximum(z, 0) - z * y + np.log1p(np.exp(-np.abs(z)))
        return float(np.mean(losses)) if losses.size else float("nan")
