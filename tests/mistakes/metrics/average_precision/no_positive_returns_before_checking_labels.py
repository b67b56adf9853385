"""Returns 0.0 for "no positive" before checking the labels, so y_true = [0, 2] gives 0.0 instead of ValueError.

Validate first (every label 0 or 1, equal lengths, not empty), then take the shortcut.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def average_precision(y_true, y_score):
    
    if len(y_true) and not np.any(np.asarray(y_true) == 1):
            return 0.0
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.size == 0 or y_true.shape != y_score.shape:
        raise ValueError("need two non-empty arrays of the same length")
    if not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("y_true must hold only 0 and 1")
    n_pos = int(np.sum(y_true == 1))
    if n_pos == 0:
        return 0.0
    # Distinct scores, highest first; counts of positives and of all samples per score.
    thresholds, inverse = np.unique(-y_score, return_inverse=True)
    positives_at = np.bincount(inverse, weights=(y_true == 1), minlength=thresholds.size)
    samples_at = np.bincount(inverse, minlength=thresholds.size)
    tp = np.cumsum(positives_at)           # TP at each threshold (score ≥ t)
    predicted = np.cumsum(samples_at)      # TP + FP at each threshold
    precision = tp / predicted
    recall_gain = positives_at / n_pos     # R_n − R_{n−1}
    return float(np.sum(recall_gain * precision))
    
