"""Sort once, cumulative sums, keep the last row of each tie group (the threshold's totals)."""
import numpy as np


def average_precision(y_true, y_score):
    y_true = np.asarray(y_true)
    y_score = np.asarray(y_score, dtype=float)
    if y_true.ndim != 1 or y_true.size == 0 or y_true.shape != y_score.shape:
        raise ValueError("bad input")
    if not np.isin(y_true, [0, 1]).all():
        raise ValueError("labels must be 0/1")
    order = np.argsort(y_score)[::-1]
    score, label = y_score[order], y_true[order].astype(float)
    tp = np.cumsum(label)
    n_pos = tp[-1]
    if n_pos == 0:
        return 0.0
    # last index of each group of equal scores
    ends = np.r_[np.flatnonzero(np.diff(score) != 0), score.size - 1]
    tp_at, count_at = tp[ends], ends + 1.0
    recall = tp_at / n_pos
    precision = tp_at / count_at
    return float(np.sum(np.diff(np.r_[0.0, recall]) * precision))
