"""Labels sorted: rows and columns follow sorted(labels) instead of the order given.

`labels` fixes the order: row i is labels[i] as given, even when that is [2, 0, 1]. Build the
label-to-position map from enumerate(labels), not from np.unique(labels).
"""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    labels = np.unique(labels)  # sorts them
    position = {int(label): i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for truth, guess in zip(y_true, y_pred):
        if int(truth) in position and int(guess) in position:
            matrix[position[int(truth)], position[int(guess)]] += 1
    return matrix
