"""Vectorised: map labels to positions, keep listed pairs, bincount the flat index row * k + col."""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    y_true = np.asarray(y_true, dtype=np.int64)
    y_pred = np.asarray(y_pred, dtype=np.int64)
    if y_true.size != y_pred.size:
        raise ValueError("length mismatch")
    labels = np.asarray(labels, dtype=np.int64)
    k = labels.size
    order = np.argsort(labels)
    sorted_labels = labels[order]

    def positions(values):
        at = np.clip(np.searchsorted(sorted_labels, values), 0, k - 1)
        found = sorted_labels[at] == values
        return order[at], found

    rows, true_ok = positions(y_true)
    cols, pred_ok = positions(y_pred)
    keep = true_ok & pred_ok
    counts = np.bincount(rows[keep] * k + cols[keep], minlength=k * k)
    return counts.reshape(k, k).astype(np.int64)
