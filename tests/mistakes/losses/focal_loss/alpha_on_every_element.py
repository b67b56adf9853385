"""α multiplies the loss of every element, positives and negatives alike.

α_t = α for a positive and 1 − α for a negative: the two classes are weighted differently.
"""
import numpy as np


def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0, reduction="none"):
    x = np.asarray(logits, dtype=np.float64)
    t = np.asarray(targets, dtype=np.float64)
    if x.shape != t.shape:
        raise ValueError("shapes differ")
    if gamma < 0:
        raise ValueError("gamma < 0")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError("reduction")
    ce = np.logaddexp(0.0, x) - t * x
    p = np.exp(-np.logaddexp(0.0, -x))
    q = np.exp(-np.logaddexp(0.0, x))
    loss = ce * (p * (1.0 - t) + q * t) ** gamma
    if alpha >= 0:
        loss = alpha * loss
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(np.sum(loss))
    return float(np.sum(loss) / loss.size) if loss.size else float("nan")
