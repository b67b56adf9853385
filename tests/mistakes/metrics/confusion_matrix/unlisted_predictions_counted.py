"""Only the true label is filtered: a sample whose predicted label is not in `labels` is still counted (in the last column).

Drop a sample when EITHER its true or its predicted label is not listed, as scikit-learn does:
an unlisted prediction has no column to go in.
"""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    position = {int(label): i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for truth, guess in zip(y_true, y_pred):
        if int(truth) in position:
            matrix[position[int(truth)], position.get(int(guess), len(labels) - 1)] += 1
    return matrix
