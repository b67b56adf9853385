"""Classes taken from y_true alone: a class that is only predicted (never true) is left out of the macro average.

The classes are the distinct values of y_true AND y_pred together (np.union1d): a class the model
predicts but that never occurs still has precision 0 and pulls the macro average down.
"""
import numpy as np


def precision_recall_f1(y_true, y_pred, *, average):
    if average not in ("micro", "macro", "weighted", None):
        raise ValueError(average)
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    if y_true.size == 0 or y_true.shape != y_pred.shape:
        raise ValueError("bad input")
    classes = np.unique(y_true)
    t = y_true[None, :] == classes[:, None]
    q = y_pred[None, :] == classes[:, None]
    tp = np.sum(t & q, 1).astype(float)
    fp = np.sum(~t & q, 1).astype(float)
    fn = np.sum(t & ~q, 1).astype(float)
    if average == "micro":
        tp, fp, fn = tp.sum(keepdims=True), fp.sum(keepdims=True), fn.sum(keepdims=True)

    def ratio(a, b):
        out = np.zeros_like(a)
        np.divide(a, b, out=out, where=b != 0)
        return out
    p, r = ratio(tp, tp + fp), ratio(tp, tp + fn)
    f = ratio(2 * p * r, p + r)
    if average is None:
        return p, r, f
    w = tp + fn if average == "weighted" else np.ones_like(tp)
    return tuple(float(np.sum(w * m) / np.sum(w)) for m in (p, r, f))
