"""Transposed: rows are the predicted labels and columns the true ones.

The convention (scikit-learn's too) is rows = true label, columns = predicted label: entry
[i, j] counts samples whose TRUE label is labels[i] and PREDICTED label is labels[j].
"""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    position = {int(label): i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for truth, guess in zip(y_true, y_pred):
        if int(truth) in position and int(guess) in position:
            matrix[position[int(guess)], position[int(truth)]] += 1
    return matrix
