"""(1 − ε) · NLL at the target + ε · mean over the classes of −log p, row by row; gradient from the same split."""
import math

import numpy as np


def _validate(logits, targets, epsilon, ignore_index):
    z = np.array(logits, dtype=np.float64)
    y = np.array(targets)
    if z.ndim != 2 or z.shape[1] < 1 or y.shape != (z.shape[0],) or not (0.0 <= epsilon <= 1.0):
        raise ValueError("bad arguments")
    for t in y.tolist():
        if (ignore_index is None or t != ignore_index) and not 0 <= t < z.shape[1]:
            raise ValueError("target out of range")
    return z, [int(t) for t in y.tolist()]


def _row_log_probs(row):
    m = max(row)
    lse = m + math.log(sum(math.exp(v - m) for v in row))
    return [v - lse for v in row]


def label_smoothing_ce(logits, targets, epsilon=0.0, ignore_index=None, reduction="mean"):
    if reduction not in ("none", "mean", "sum"):
        raise ValueError("unknown reduction")
    z, y = _validate(logits, targets, epsilon, ignore_index)
    losses, count = [], 0
    for row, t in zip(z.tolist(), y):
        if ignore_index is not None and t == ignore_index:
            losses.append(0.0)
            continue
        lp = _row_log_probs(row)
        losses.append((1.0 - epsilon) * -lp[t] + epsilon * -sum(lp) / len(lp))
        count += 1
    if reduction == "none":
        return np.array(losses, dtype=np.float64)
    if reduction == "sum":
        return float(sum(losses))
    return sum(losses) / count if count else float("nan")


def label_smoothing_ce_grad(logits, targets, epsilon=0.0, ignore_index=None):
    z, y = _validate(logits, targets, epsilon, ignore_index)
    grad = np.zeros(z.shape)
    rows = [i for i, t in enumerate(y) if ignore_index is None or t != ignore_index]
    for i in rows:
        p = np.exp(np.array(_row_log_probs(z[i].tolist())))
        g = p - epsilon / z.shape[1]
        g[y[i]] -= 1.0 - epsilon
        grad[i] = g / len(rows)
    return grad
