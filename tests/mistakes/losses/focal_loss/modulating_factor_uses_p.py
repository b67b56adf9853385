"""The modulating factor uses p = σ(x) instead of p_t: (1 − p)^γ for every element.

p_t is the probability of the RIGHT answer: p for a positive, 1 − p for a negative.
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
    q = np.exp(-np.logaddexp(0.0, x))
    loss = ce * q ** gamma
    if alpha >= 0:
        loss = (alpha * t + (1.0 - alpha) * (1.0 - t)) * loss
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(np.sum(loss))
    return float(np.sum(loss) / loss.size) if loss.size else float("nan")
