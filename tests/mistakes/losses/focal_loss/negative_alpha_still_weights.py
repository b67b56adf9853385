"""A negative alpha is used as a weight anyway, instead of switching the α weighting off.

As torchvision: alpha < 0 means α_t = 1 for every element.
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
    loss = (alpha * t + (1.0 - alpha) * (1.0 - t)) * loss
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(np.sum(loss))
    return float(np.sum(loss) / loss.size) if loss.size else float("nan")
