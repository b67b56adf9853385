"""Mann–Whitney with ordinal ranks: tied scores get different ranks (argsort of argsort) instead of their average rank.

In the rank formula U = R_pos − n_pos(n_pos + 1)/2, tied scores must share the MEAN of the ranks
they occupy; otherwise the result depends on the order of the samples within a tie.
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
    ranks = np.empty(len(y_score))
    ranks[np.argsort(y_score, kind="stable")] = np.arange(1, len(y_score) + 1)
    n_pos, n_neg = pos.size, neg.size
    u = ranks[y_true == 1].sum() - n_pos * (n_pos + 1) / 2
    return float(u / (n_pos * n_neg))
