"""Element by element with explicit branches, smooth L1 and its gradient built on Huber's (divide by beta)."""
import numpy as np


def _pairs(input, target):
    x, y = np.asarray(input, dtype=np.float64), np.asarray(target, dtype=np.float64)
    if x.shape != y.shape:
        raise ValueError("shapes differ")
    return x, y


def _huber_one(d, delta):
    return 0.5 * d * d if abs(d) < delta else delta * (abs(d) - 0.5 * delta)


def _huber_slope(d, delta):
    if abs(d) < delta:
        return d
    return delta if d > 0 else (-delta if d < 0 else 0.0)


def _apply(fn, x, y, p, reduction, allowed):
    if reduction not in allowed:
        raise ValueError("unknown reduction")
    out = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        out[i] = fn(float(x[i] - y[i]), p)
    return out


def _reduce(v, reduction):
    if reduction == "none":
        return v
    if reduction == "sum":
        return float(v.sum())
    return float(v.sum() / v.size) if v.size else float("nan")


def huber_loss(input, target, delta=1.0, reduction="mean"):
    x, y = _pairs(input, target)
    if not delta > 0:
        raise ValueError("delta must be > 0")
    return _reduce(_apply(_huber_one, x, y, delta, reduction, ("none", "mean", "sum")), reduction)


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    x, y = _pairs(input, target)
    if beta < 0:
        raise ValueError("beta must be >= 0")
    fn = (lambda d, b: abs(d)) if beta == 0 else (lambda d, b: _huber_one(d, b) / b)
    return _reduce(_apply(fn, x, y, beta, reduction, ("none", "mean", "sum")), reduction)


def huber_grad(input, target, delta=1.0, reduction="mean"):
    x, y = _pairs(input, target)
    if not delta > 0:
        raise ValueError("delta must be > 0")
    g = _apply(_huber_slope, x, y, delta, reduction, ("mean", "sum"))
    return g / x.size if reduction == "mean" and x.size else g


def smooth_l1_grad(input, target, beta=1.0, reduction="mean"):
    x, y = _pairs(input, target)
    if beta < 0:
        raise ValueError("beta must be >= 0")
    fn = (lambda d, b: float(np.sign(d))) if beta == 0 else (lambda d, b: _huber_slope(d, b) / b)
    g = _apply(fn, x, y, beta, reduction, ("mean", "sum"))
    return g / x.size if reduction == "mean" and x.size else g
