"""One element at a time with math, branching on the sign of the logit for a stable σ and log(1 + e^z)."""
import math

import numpy as np


def _softplus(z):  # log(1 + e^z)
    return z + math.log1p(math.exp(-z)) if z > 0 else math.log1p(math.exp(z))


def _sigmoid(z):
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def sigmoid_focal_loss(logits, targets, alpha=0.25, gamma=2.0, reduction="none"):
    x = np.asarray(logits, dtype=np.float64)
    t = np.asarray(targets, dtype=np.float64)
    if x.shape != t.shape:
        raise ValueError("shapes differ")
    if gamma < 0:
        raise ValueError("gamma must be >= 0")
    if reduction not in ("none", "mean", "sum"):
        raise ValueError("unknown reduction")
    out = np.empty(x.shape, dtype=np.float64)
    for i in np.ndindex(x.shape):
        xi, ti = float(x[i]), float(t[i])
        ce = _softplus(xi) - ti * xi
        m = _sigmoid(xi) * (1.0 - ti) + _sigmoid(-xi) * ti
        w = 1.0 if alpha < 0 else alpha * ti + (1.0 - alpha) * (1.0 - ti)
        out[i] = w * (1.0 if gamma == 0 else m ** gamma) * ce
    if reduction == "none":
        return out
    if reduction == "sum":
        return float(out.sum())
    return float(out.mean()) if out.size else float("nan")
