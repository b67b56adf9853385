"""Since q sums to 1: −Σ q log softmax(z) = logsumexp(z) − Σ q z, with the smoothed targets as a dense matrix."""
import numpy as np


def _targets(logits, targets, epsilon, ignore_index):
    z = np.asarray(logits, dtype=np.float64)
    y = np.asarray(targets)
    if z.ndim != 2 or z.shape[1] == 0 or y.shape != z.shape[:1]:
        raise ValueError("shapes")
    if epsilon < 0 or epsilon > 1:
        raise ValueError("epsilon")
    count = np.ones(len(y), dtype=bool) if ignore_index is None else y != ignore_index
    k = z.shape[1]
    if not np.all((y[count] >= 0) & (y[count] < k)):
        raise ValueError("target")
    onehot = np.zeros(z.shape)
    onehot[np.arange(len(y))[count], y[count]] = 1.0
    q = ((1 - epsilon) * onehot + epsilon / k) * count[:, None]
    return z, q, count


def _lse(z):
    m = np.max(z, axis=1) if z.size else np.zeros(0)
    return m + np.log(np.sum(np.exp(z - m[:, None]), axis=1))


def label_smoothing_ce(logits, targets, epsilon=0.0, ignore_index=None, reduction="mean"):
    if reduction not in {"none", "sum", "mean"}:
        raise ValueError("reduction")
    z, q, count = _targets(logits, targets, epsilon, ignore_index)
    shift = np.max(z, axis=1, keepdims=True) if z.size else np.zeros((0, 1))
    per_row = np.where(count, _lse(z - shift) - np.sum(q * (z - shift), axis=1), 0.0)
    if reduction == "none":
        return per_row
    if reduction == "sum":
        return float(per_row.sum())
    return float(per_row.sum() / count.sum()) if count.sum() else float("nan")


def label_smoothing_ce_grad(logits, targets, epsilon=0.0, ignore_index=None):
    z, q, count = _targets(logits, targets, epsilon, ignore_index)
    if not count.any():
        return np.zeros(z.shape)
    shifted = z - np.max(z, axis=1, keepdims=True)
    p = np.exp(shifted) / np.sum(np.exp(shifted), axis=1, keepdims=True)
    return (p - q) * count[:, None] / count.sum()
