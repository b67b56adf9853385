"""Classes swapped: counts pairs where the NEGATIVE outscores the positive, which gives 1 − AUC.

AUC is the probability that a positive (y_true == 1) scores above a negative (y_true == 0).
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
    wins = np.sum(neg[:, None] > pos[None, :]) + 0.5 * np.sum(neg[:, None] == pos[None, :])
    return float(wins / (pos.size * neg.size))
