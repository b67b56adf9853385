"""Plain Python: count per class in dictionaries, average with explicit loops."""
import numpy as np


def precision_recall_f1(y_true, y_pred, *, average):
    if average not in ("micro", "macro", "weighted", None):
        raise ValueError("bad average")
    y_true, y_pred = [int(v) for v in y_true], [int(v) for v in y_pred]
    if not y_true or len(y_true) != len(y_pred):
        raise ValueError("bad input")
    classes = sorted(set(y_true) | set(y_pred))
    tp = {c: 0 for c in classes}
    fp = dict(tp)
    fn = dict(tp)
    for t, p in zip(y_true, y_pred):
        if t == p:
            tp[t] += 1
        else:
            fp[p] += 1
            fn[t] += 1

    def div(a, b):
        return a / b if b else 0.0

    def prf(a, b, c):
        precision, recall = div(a, a + b), div(a, a + c)
        return precision, recall, div(2 * precision * recall, precision + recall)

    if average == "micro":
        return prf(sum(tp.values()), sum(fp.values()), sum(fn.values()))
    per_class = [prf(tp[c], fp[c], fn[c]) for c in classes]
    if average is None:
        return tuple(np.array([row[i] for row in per_class], dtype=np.float64) for i in range(3))
    weights = [1.0 if average == "macro" else tp[c] + fn[c] for c in classes]
    total = sum(weights)
    return tuple(sum(w * row[i] for w, row in zip(weights, per_class)) / total for i in range(3))
