"""Empty input gives float zeros: the n = 0 shortcut returns np.zeros((k, k)), float64 instead of int64.

Every path returns the same type: an int64 (k, k) array, the empty one included. Often no
special case is needed at all.
"""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    k = len(labels)
    if len(y_true) == 0:
        return np.zeros((k, k))
    labels = np.asarray(labels)
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    # one-hot rows/columns: (n, k) indicator matrices, then T_onehot.T @ P_onehot
    true_onehot = (y_true[:, None] == labels[None, :]).astype(np.int64)
    pred_onehot = (y_pred[:, None] == labels[None, :]).astype(np.int64)
    return true_onehot.T @ pred_onehot
