"""The ROC curve itself: one point per distinct score (descending), trapezoids between points."""
import numpy as np


def roc_auc(y_true, y_score):
    y_true = [int(v) for v in y_true]
    y_score = [float(v) for v in y_score]
    if len(y_true) != len(y_score) or any(v not in (0, 1) for v in y_true):
        raise ValueError("bad input")
    n_pos = sum(y_true)
    n_neg = len(y_true) - n_pos
    if n_pos == 0 or n_neg == 0:
        raise ValueError("need both classes")
    groups = {}
    for label, score in zip(y_true, y_score):
        tp_fp = groups.setdefault(score, [0, 0])
        tp_fp[0 if label == 1 else 1] += 1
    area, tp, fp = 0.0, 0, 0
    for score in sorted(groups, reverse=True):
        new_tp, new_fp = tp + groups[score][0], fp + groups[score][1]
        # trapezoid between (fp, tp) and (new_fp, new_tp)
        area += (new_fp - fp) * (tp + new_tp) / 2
        tp, fp = new_tp, new_fp
    return area / (n_pos * n_neg)
