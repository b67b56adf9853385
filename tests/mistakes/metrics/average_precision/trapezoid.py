"""Trapezoids under the PR curve: linear interpolation between points (np.trapz of precision over recall, starting at (0, 1)) instead of the step sum.

AP is a step function integral: each recall gain R_n − R_{n−1} is multiplied by the precision P_n
at that threshold. Linear interpolation between PR points is optimistic and not what is asked.
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
        return 0.0
    r = np.concatenate([[0.0], recall])
    p = np.concatenate([[1.0], precision])
    return float(np.sum(np.diff(r) * (p[1:] + p[:-1]) / 2))
