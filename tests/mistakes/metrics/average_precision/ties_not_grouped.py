"""Ties not grouped: every sample is its own threshold after a sort, so a positive tied with negatives gets a precision that depends on the sample order.

Samples with the same score are one threshold: all of them enter together, and each positive
in the group gets the precision counted AFTER the whole group.
"""
import numpy as np


def average_precision(y_true, y_score):
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.size == 0 or y_true.shape != y_score.shape or not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("bad input")
    n_pos = int(np.sum(y_true))
    if n_pos == 0:
        return 0.0
    labels = y_true[np.argsort(-y_score, kind="stable")]
    tp = np.cumsum(labels)
    precision = tp / np.arange(1, labels.size + 1)
    return float(np.sum(precision[labels == 1]) / n_pos)
