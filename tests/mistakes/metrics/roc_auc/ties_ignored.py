"""Ties count zero: only pairs with score_pos > score_neg are counted, so tied pairs add nothing.

A tied (positive, negative) pair is a coin flip: it counts 1/2. Without it, a model that gives
every sample the same score gets AUC 0 instead of 0.5.
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
    return float(np.mean(pos[:, None] > neg[None, :]))
