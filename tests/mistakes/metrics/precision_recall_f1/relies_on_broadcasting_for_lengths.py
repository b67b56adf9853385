"""Relies on numpy to reject inputs of different lengths: a single prediction broadcasts against every label.

y_true == c and y_pred == c combine elementwise, so 3 labels and 1 prediction give scores
instead of the ValueError the statement asks for. Compare the lengths explicitly:
if len(y_true) != len(y_pred): raise ValueError(...).
"""
import numpy as np

NAMED_BY_MESSAGE = "even though numpy would broadcast"


def _ratio(a, b):
    return np.divide(a, b, out=np.zeros_like(a), where=b > 0)


def precision_recall_f1(y_true, y_pred, *, average):
    t, p = np.broadcast_arrays(np.asarray(y_true), np.asarray(y_pred))
    if t.size == 0:
        raise ValueError("no samples")
    if average not in ("micro", "macro", "weighted", None):
        raise ValueError("unknown average")
    classes = np.union1d(t, p)
    is_true = t[:, None] == classes[None, :]
    is_pred = p[:, None] == classes[None, :]
    tp = (is_true & is_pred).sum(axis=0).astype(np.float64)
    fp = (~is_true & is_pred).sum(axis=0).astype(np.float64)
    fn = (is_true & ~is_pred).sum(axis=0).astype(np.float64)
    if average == "micro":
        tp, fp, fn = np.array([tp.sum()]), np.array([fp.sum()]), np.array([fn.sum()])
    precision = _ratio(tp, tp + fp)
    recall = _ratio(tp, tp + fn)
    f1 = _ratio(2 * precision * recall, precision + recall)
    if average is None:
        return precision, recall, f1
    if average == "micro":
        return float(precision[0]), float(recall[0]), float(f1[0])
    weights = np.ones_like(tp) if average == "macro" else tp + fn
    return tuple(float(np.average(v, weights=weights)) for v in (precision, recall, f1))
