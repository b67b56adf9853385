"""Relies on numpy to reject inputs of different lengths: a single prediction broadcasts against every label.

(y_true == a) & (y_pred == b) combines elementwise, so 3 labels and 1 prediction give counts
instead of the ValueError the statement asks for. Compare the lengths explicitly:
if len(y_true) != len(y_pred): raise ValueError(...).
"""
import numpy as np

NAMED_BY_MESSAGE = "even though numpy would broadcast"


def confusion_matrix(y_true, y_pred, labels):
    t = np.asarray(y_true).reshape(-1)
    p = np.asarray(y_pred).reshape(-1)
    labels = list(labels)
    counts = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for i, a in enumerate(labels):
        for j, b in enumerate(labels):
            counts[i, j] = np.sum((t == a) & (p == b))
    return counts
