"""Both log-probabilities from a stable log-sigmoid, then ce = −(t log p + (1 − t) log(1 − p))."""
import numpy as np


def _log_sigmoid(z):
    return np.where(z >= 0, -np.log1p(np.exp(-np.abs(z))), z - np.log1p(np.exp(-np.abs(z))))


def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0, reduction="none"):
    x = np.array(logits, dtype=np.float64)
    t = np.array(targets, dtype=np.float64)
    if x.shape != t.shape or gamma < 0 or reduction not in ("none", "mean", "sum"):
        raise ValueError("bad arguments")
    log_p, log_q = _log_sigmoid(x), _log_sigmoid(-x)
    ce = -(t * log_p + (1.0 - t) * log_q)
    one_minus_pt = np.exp(log_p) * (1.0 - t) + np.exp(log_q) * t
    weight = np.ones_like(x) if alpha < 0 else alpha * t + (1.0 - alpha) * (1.0 - t)
    loss = weight * np.power(one_minus_pt, gamma) * ce
    if reduction == "none":
        return loss
    total = float(loss.sum())
    if reduction == "sum":
        return total
    return total / loss.size if loss.size else float("nan")
