"""Macro F1 as the F1 of macro precision and macro recall, instead of the mean of the per-class F1.

The statement (and scikit-learn) define macro F1 as mean_c(f1_c). The harmonic mean of the
averaged precision and recall is a different number (0.6933 instead of 59/90 on the first test).
"""
import numpy as np


def _counts(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.size == 0 or y_true.shape != y_pred.shape:
        raise ValueError("bad input")
    classes = np.union1d(y_true, y_pred)
    t = y_true[None, :] == classes[:, None]
    p = y_pred[None, :] == classes[:, None]
    return (np.sum(t & p, 1).astype(float), np.sum(~t & p, 1).astype(float), np.sum(t & ~p, 1).astype(float))


def _ratio(a, b):
    out = np.zeros_like(a, dtype=float)
    np.divide(a, b, out=out, where=b != 0)
    return out


def precision_recall_f1(y_true, y_pred, *, average):
    if average not in ("micro", "macro", "weighted", None):
        raise ValueError(average)
    tp, fp, fn = _counts(y_true, y_pred)
    if average == "micro":
        tp, fp, fn = tp.sum(keepdims=True), fp.sum(keepdims=True), fn.sum(keepdims=True)
    p, r = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f = _ratio(2 * p * r, p + r)
    if average is None:
        return p, r, f
    w = tp + fn if average == "weighted" else np.ones_like(tp)
    P, R = float(np.sum(w * p) / np.sum(w)), float(np.sum(w * r) / np.sum(w))
    return P, R, (2 * P * R / (P + R) if P + R > 0 else 0.0)
