"""No positive returns the int 0: the early return gives 0 instead of the float 0.0.

Every path returns the stated type: return 0.0 (a float) when there is no positive.
"""
import numpy as np


def _curve(y_true, y_score):
    """Precision and recall at each distinct threshold, highest first (correct)."""
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.size == 0 or y_true.shape != y_score.shape or not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("bad input")
    n_pos = int(np.sum(y_true))
    thresholds, inverse = np.unique(-y_score, return_inverse=True)
    pos_at = np.bincount(inverse, weights=y_true == 1, minlength=thresholds.size)
    tp = np.cumsum(pos_at)
    predicted = np.cumsum(np.bincount(inverse, minlength=thresholds.size))
    return tp / predicted, tp / max(n_pos, 1), n_pos


def average_precision(y_true, y_score):
    precision, recall, n_pos = _curve(y_true, y_score)
    if n_pos == 0:
        return 0
    return float(np.sum(np.diff(np.concatenate([[0.0], recall])) * precision))
