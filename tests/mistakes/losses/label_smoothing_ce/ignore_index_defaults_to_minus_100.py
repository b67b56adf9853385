"""ignore_index defaults to PyTorch's −100 instead of None: a target −100 is silently ignored instead of refused.

The statement's default is ignore_index=None: every target must be in [0, K) unless an
ignore_index is passed. PyTorch's cross_entropy defaults to −100; this kata does not.
"""
import numpy as np

NAMED_BY_MESSAGE = "-100])) should raise ValueError"


def _check(logits, targets, epsilon, ignore_index):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets)
    if z.ndim != 2 or z.shape[1] == 0:
        raise ValueError("logits must be 2-D (N, K) with K >= 1")
    if y.shape != (z.shape[0],):
        raise ValueError("targets must have shape (N,)")
    if not 0.0 <= epsilon <= 1.0:
        raise ValueError("epsilon must be in [0, 1]")
    keep = np.ones(y.shape, dtype=bool) if ignore_index is None else (y != ignore_index)
    if np.any((y[keep] < 0) | (y[keep] >= z.shape[1])):
        raise ValueError("a target is outside [0, K)")
    return z, y, keep


def _log_softmax(z):
    shifted = z - z.max(axis=1, keepdims=True)
    return shifted - np.log(np.sum(np.exp(shifted), axis=1, keepdims=True))


def _smoothed(z, y, keep, epsilon):
    n, k = z.shape
    q = np.full((n, k), epsilon / k)
    rows = np.flatnonzero(keep)
    q[rows, y[rows]] += 1.0 - epsilon
    q[~keep] = 0.0
    return q


def label_smoothing_ce(logits, targets, epsilon=0.0, ignore_index=-100, reduction="mean"):
    if reduction not in ("none", "mean", "sum"):
        raise ValueError(f"unknown reduction {reduction!r}")
    z, y, keep = _check(logits, targets, epsilon, ignore_index)
    q = _smoothed(z, y, keep, epsilon)
    per_row = -np.sum(q * _log_softmax(z), axis=1) if z.shape[0] else np.zeros(0)
    if reduction == "none":
        return per_row
    if reduction == "sum":
        return float(np.sum(per_row))
    m = int(np.sum(keep))
    return float(np.sum(per_row) / m) if m else float("nan")


def label_smoothing_ce_grad(logits, targets, epsilon=0.0, ignore_index=-100):
    z, y, keep = _check(logits, targets, epsilon, ignore_index)
    q = _smoothed(z, y, keep, epsilon)
    m = int(np.sum(keep))
    if m == 0:
        return np.zeros(z.shape)
    grad = np.exp(_log_softmax(z)) - q
    grad[~keep] = 0.0
    return grad / m
