"""A single class is not rejected: with no positives (or no negatives) it divides 0 by 0 and returns nan.

AUC compares positives with negatives; with only one class there is no pair and the AUC is
undefined. The statement asks for a ValueError (scikit-learn 1.9 returns nan with a warning; that hides the problem).
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def roc_auc(y_true, y_score):
    y_true, y_score = np.asarray(y_true), np.asarray(y_score, dtype=float)
    if y_true.shape != y_score.shape or not np.all((y_true == 0) | (y_true == 1)):
        raise ValueError("bad input")
    pos, neg = y_score[y_true == 1], y_score[y_true == 0]
    wins = np.sum(pos[:, None] > neg[None, :]) + 0.5 * np.sum(pos[:, None] == neg[None, :])
    with np.errstate(invalid="ignore", divide="ignore"):
        return float(np.float64(wins) / (pos.size * neg.size))
