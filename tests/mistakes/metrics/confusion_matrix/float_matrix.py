"""Float counts: np.zeros((k, k)) is float64, but the statement asks for an int64 matrix.

Counts are integers: allocate with np.zeros((k, k), dtype=np.int64).
"""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    if len(y_true) != len(y_pred):
        raise ValueError("length mismatch")
    position = {int(label): i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)))
    for truth, guess in zip(y_true, y_pred):
        if int(truth) in position and int(guess) in position:
            matrix[position[int(truth)], position[int(guess)]] += 1
    return matrix
