"""Label codes with np.searchsorted on the sorted classes, then np.bincount for TP, predicted and true counts."""
import numpy as np
def precision_recall_f1(y_true, y_pred, *, average):
    if average not in ("micro", "macro", "weighted", None): raise ValueError
    t = np.asarray(y_true); p = np.asarray(y_pred)
    if len(t) == 0 or len(t) != len(p): raise ValueError
    labels = np.unique(np.r_[t, p])
    ti = np.searchsorted(labels, t); pi = np.searchsorted(labels, p)
    k = len(labels)
    tp = np.bincount(ti[ti == pi], minlength=k).astype(float)
    pred = np.bincount(pi, minlength=k).astype(float)
    true = np.bincount(ti, minlength=k).astype(float)
    if average == "micro":
        tp, pred, true = np.array([tp.sum()]), np.array([pred.sum()]), np.array([true.sum()])
    P = np.divide(tp, pred, out=np.zeros(len(tp)), where=pred > 0)
    R = np.divide(tp, true, out=np.zeros(len(tp)), where=true > 0)
    F = np.divide(2 * P * R, P + R, out=np.zeros(len(tp)), where=(P + R) > 0)
    if average is None: return P, R, F
    if average == "micro": return float(P[0]), float(R[0]), float(F[0])
    w = true if average == "weighted" else np.ones(k)
    return float(np.average(P, weights=w)), float(np.average(R, weights=w)), float(np.average(F, weights=w))
