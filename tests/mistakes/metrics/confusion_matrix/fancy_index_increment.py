"""Repeated pairs counted once: matrix[rows, cols] += 1 with fancy indices adds 1 per distinct pair, not per sample.

numpy's buffered fancy-index assignment writes each repeated index once. Use np.add.at(matrix,
(rows, cols), 1), np.bincount on rows * k + cols, or a plain loop.
"""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    labels = [int(label) for label in labels]
    position = {label: i for i, label in enumerate(labels)}
    y_true, y_pred = np.asarray(y_true, dtype=np.int64), np.asarray(y_pred, dtype=np.int64)
    keep = np.isin(y_true, labels) & np.isin(y_pred, labels)
    rows = np.array([position[int(v)] for v in y_true[keep]], dtype=np.int64)
    cols = np.array([position[int(v)] for v in y_pred[keep]], dtype=np.int64)
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    matrix[rows, cols] += 1
    return matrix
