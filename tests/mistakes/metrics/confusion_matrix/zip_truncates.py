"""Different lengths not rejected: zip() silently stops at the shorter input.

Check len(y_true) == len(y_pred) first and raise ValueError: a length mismatch means the
predictions do not belong to these labels, and a metric on them would be meaningless.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def confusion_matrix(y_true, y_pred, labels):
    position = {int(label): i for i, label in enumerate(labels)}
    matrix = np.zeros((len(labels), len(labels)), dtype=np.int64)
    for truth, guess in zip(y_true, y_pred):
        if int(truth) in position and int(guess) in position:
            matrix[position[int(truth)], position[int(guess)]] += 1
    return matrix
