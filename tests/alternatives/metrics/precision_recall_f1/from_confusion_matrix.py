"""From a confusion matrix: TP on the diagonal, FP = column sums − TP, FN = row sums − TP; F1 as 2TP/(2TP+FP+FN)."""
import numpy as np


def precision_recall_f1(y_true, y_pred, *, average):
    if average not in {"micro", "macro", "weighted", None}:
        raise ValueError("unknown average")
    y_true, y_pred = np.asarray(y_true).ravel(), np.asarray(y_pred).ravel()
    if len(y_true) == 0 or len(y_true) != len(y_pred):
        raise ValueError("bad input")
    classes, codes = np.unique(np.concatenate([y_true, y_pred]), return_inverse=True)
    k, n = len(classes), len(y_true)
    cm = np.zeros((k, k))
    np.add.at(cm, (codes[:n], codes[n:]), 1)
    tp = np.diag(cm).copy()
    fp = cm.sum(axis=0) - tp
    fn = cm.sum(axis=1) - tp
    if average == "micro":
        tp, fp, fn = np.array([tp.sum()]), np.array([fp.sum()]), np.array([fn.sum()])
    safe = lambda a, b: np.where(b > 0, a / np.where(b > 0, b, 1), 0.0)
    precision, recall = safe(tp, tp + fp), safe(tp, tp + fn)
    # 2PR/(P+R) = 2TP/(2TP+FP+FN) whenever TP > 0, and both are 0 when TP = 0
    f1 = safe(2 * tp, 2 * tp + fp + fn)
    if average is None:
        return precision, recall, f1
    if average == "micro":
        return float(precision[0]), float(recall[0]), float(f1[0])
    weights = np.ones(k) if average == "macro" else tp + fn
    return tuple(float(np.average(m, weights=weights)) for m in (precision, recall, f1))
