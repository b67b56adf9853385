"""Loop over the distinct thresholds, highest first, adding (R_n − R_{n−1}) · P_n."""
import numpy as np


def average_precision(y_true, y_score):
    y_true = np.asarray(y_true).astype(np.int64)
    y_score = np.asarray(y_score, dtype=float)
    if len(y_true) == 0 or len(y_true) != len(y_score):
        raise ValueError("bad input")
    if np.any((y_true != 0) & (y_true != 1)):
        raise ValueError("labels must be 0/1")
    n_pos = y_true.sum()
    if n_pos == 0:
        return 0.0
    ap, last_recall = 0.0, 0.0
    for t in sorted(set(y_score.tolist()), reverse=True):
        chosen = y_score >= t
        tp = np.sum(y_true[chosen])
        recall = tp / n_pos
        ap += (recall - last_recall) * (tp / chosen.sum())
        last_recall = recall
    return float(ap)
