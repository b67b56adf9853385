"""F1 is nan when precision and recall are both 0: 2PR/(P+R) = 0/0 is not guarded.

Precision and recall have their zero-division rule, and so does F1: when P + R = 0 the F1 is
0.0 (the class was never predicted correctly). Guard that division too.
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
    with np.errstate(invalid="ignore"):
        f = 2 * p * r / (p + r)
    if average is None:
        return p, r, f
    if average == "micro":
        return float(p[0]), float(r[0]), float(f[0])
    w = tp + fn if average == "weighted" else np.ones_like(tp)
    return tuple(float(np.sum(w * m) / np.sum(w)) for m in (p, r, f))
