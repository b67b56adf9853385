"""With c = clip(d, −δ, δ): Huber = 0.5 c² + δ (|d| − |c|), its derivative is c; smooth L1 = Huber(β) / β."""
import numpy as np


def _d(input, target, reduction, allowed=("none", "mean", "sum")):
    x, y = np.asarray(input, dtype=float), np.asarray(target, dtype=float)
    if x.shape != y.shape or reduction not in allowed:
        raise ValueError("bad arguments")
    return x - y


def _red(v, reduction):
    if reduction == "none":
        return v
    s = float(v.sum())
    if reduction == "sum":
        return s
    return s / v.size if v.size else float("nan")


def huber_loss(input, target, delta=1.0, reduction="mean"):
    d = _d(input, target, reduction)
    if delta <= 0:
        raise ValueError("delta")
    c = np.clip(d, -delta, delta)
    return _red(0.5 * c * c + delta * (np.abs(d) - np.abs(c)), reduction)


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = _d(input, target, reduction)
    if beta < 0:
        raise ValueError("beta")
    if beta == 0:
        return _red(np.abs(d), reduction)
    c = np.clip(d, -beta, beta)
    return _red((0.5 * c * c + beta * (np.abs(d) - np.abs(c))) / beta, reduction)


def huber_grad(input, target, delta=1.0, reduction="mean"):
    d = _d(input, target, reduction, ("mean", "sum"))
    if delta <= 0:
        raise ValueError("delta")
    g = np.clip(d, -delta, delta)
    return g / max(d.size, 1) if reduction == "mean" else g


def smooth_l1_grad(input, target, beta=1.0, reduction="mean"):
    d = _d(input, target, reduction, ("mean", "sum"))
    if beta < 0:
        raise ValueError("beta")
    g = np.sign(d) if beta == 0 else np.clip(d / beta, -1.0, 1.0)
    return g / max(d.size, 1) if reduction == "mean" else g
