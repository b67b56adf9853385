"""Binary turned into two columns [1 − p, p]; the true-class column picked with np.take_along_axis."""
import numpy as np


def log_loss(y_true, probs):
    y = np.asarray(y_true, dtype=np.int64)
    p = np.asarray(probs, dtype=np.float64)
    if y.ndim != 1 or y.size == 0 or p.ndim not in (1, 2) or p.shape[0] != y.size:
        raise ValueError("bad input")
    if ((p < 0) | (p > 1)).any():
        raise ValueError("probabilities must be in [0, 1]")
    columns = np.column_stack([1.0 - p, p]) if p.ndim == 1 else p
    if y.min() < 0 or y.max() >= columns.shape[1]:
        raise ValueError("label out of range")
    q = np.take_along_axis(columns, y[:, None], axis=1)[:, 0]
    eps = np.finfo(np.float64).eps
    return float(np.mean(-np.log(np.clip(q, eps, 1.0 - eps))))
