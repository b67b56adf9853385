"""Relies on numpy to reject inputs of different lengths: a single score broadcasts against every label.

np.broadcast_arrays (or any elementwise operation) turns 1 score into n copies, so 3 labels and
1 score give an AUC instead of the ValueError the statement asks for. Compare the lengths
explicitly: if len(y_true) != len(y_score): raise ValueError(...).
"""
import numpy as np

NAMED_BY_MESSAGE = "even though numpy would broadcast"


def roc_auc(y_true, y_score):
    y, s = np.broadcast_arrays(np.asarray(y_true), np.asarray(y_score, dtype=np.float64))
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    pos, neg = s[y == 1], s[y == 0]
    if len(pos) == 0 or len(neg) == 0:
        raise ValueError("both classes are needed")
    wins = (pos[:, None] > neg[None, :]).sum() + 0.5 * (pos[:, None] == neg[None, :]).sum()
    return float(wins / (len(pos) * len(neg)))
