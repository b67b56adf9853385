"""Zero division gives nan: a class never predicted gets precision 0/0 = nan, which then spreads into the averages.

The statement's rule: a ratio with a zero denominator is 0.0. Divide only where the denominator
is non-zero (np.divide(..., where=den != 0) into an array of zeros, or an if in a loop).
"""
import numpy as np


def precision_recall_f1(y_true, y_pred, *, average):
    if average not in ("micro", "macro", "weighted", None):
        raise ValueError(average)
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.size == 0 or y_true.shape != y_pred.shape:
        raise ValueError("bad input")
    classes = np.union1d(y_true, y_pred)
    t = y_true[None, :] == classes[:, None]
    q = y_pred[None, :] == classes[:, None]
    tp, fp, fn = np.sum(t & q, 1), np.sum(~t & q, 1), np.sum(t & ~q, 1)
    if average == "micro":
        tp, fp, fn = tp.sum(keepdims=True), fp.sum(keepdims=True), fn.sum(keepdims=True)
    with np.errstate(invalid="ignore", divide="ignore"):
        p = tp / (tp + fp)
        r = tp / (tp + fn)
        f = 2 * p * r / (p + r)
    if average is None:
        return p, r, f
    w = tp + fn if average == "weighted" else np.ones_like(tp)
    return tuple(float(np.sum(w * m) / np.sum(w)) for m in (p, r, f))
