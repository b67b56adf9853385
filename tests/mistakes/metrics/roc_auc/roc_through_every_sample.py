"""ROC curve through every sample: thresholds are not grouped by distinct score, so a tie group becomes a staircase instead of one diagonal segment.

Sort by score descending and move the curve once per DISTINCT score: all samples with that
score switch together, giving a diagonal segment (whose area counts ties as one half).
"""
import numpy as np


def _split(y_true, y_score):
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.shape != y_score.shape or not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("bad input")
    pos, neg = y_score[y_true == 1], y_score[y_true == 0]
    if pos.size == 0 or neg.size == 0:
        raise ValueError("one class")
    return pos, neg


def roc_auc(y_true, y_score):
    pos, neg = _split(y_true, y_score)
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    order = np.argsort(-y_score, kind="stable")
    labels = y_true[order]
    tpr = np.concatenate([[0.0], np.cumsum(labels == 1) / pos.size])
    fpr = np.concatenate([[0.0], np.cumsum(labels == 0) / neg.size])
    return float(np.sum(np.diff(fpr) * (tpr[1:] + tpr[:-1]) / 2))
