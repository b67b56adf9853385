"""Plain nested lists, counted label pair by label pair, converted at the end."""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    y_true, y_pred = list(y_true), list(y_pred)
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    labels = [int(v) for v in labels]
    pairs = [(int(t), int(p)) for t, p in zip(y_true, y_pred)]
    rows = [[sum(1 for pair in pairs if pair == (a, b)) for b in labels] for a in labels]
    return np.array(rows, dtype=np.int64).reshape(len(labels), len(labels))
