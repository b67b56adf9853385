"""Confusion matrix with an explicit label order.

Task
    Count how often each true label was predicted as each label. `labels` fixes which labels
    are counted and in which order: row i is the true label labels[i], column j the predicted
    label labels[j], and entry [i, j] is the number of samples s with y_true[s] == labels[i]
    and y_pred[s] == labels[j]. A sample whose true OR predicted label is not in `labels` is
    not counted anywhere (scikit-learn does the same).

Signature
    confusion_matrix(y_true, y_pred, labels) -> numpy.ndarray

Shapes and types
    y_true   the true labels: a 1-D int array or a list of ints, length n (n ≥ 0)
    y_pred   the predicted labels: a 1-D int array or a list of ints, length n
    labels   k ≥ 1 distinct ints, a list or a 1-D int array, in the order rows and columns
             should follow (not necessarily sorted)
    returns  an int64 array of shape (k, k): rows are true labels, columns predicted labels

Example
    Labels in the order [2, 0]: label 1 is not listed, so the two samples that involve it are
    dropped; of the rest, one true 2 was predicted 2, one true 2 was predicted 0, one true 0
    was predicted 0.

    >>> confusion_matrix([2, 2, 0, 1, 0], [2, 0, 0, 0, 1], labels=[2, 0])
    array([[1, 1],
           [0, 1]])

Constraints
    Plain Python or numpy (no scikit-learn). Raise ValueError if y_true and y_pred have
    different lengths. Empty inputs (n = 0) give a (k, k) matrix of zeros, int64.
    Returns a new array; inputs are not modified.
    scikit-learn's confusion_matrix(y_true, y_pred, labels=labels) follows the same layout and
    gives the same counts (also int64), but it raises ValueError on empty inputs and when no
    label of `labels` occurs in y_true; here both simply give the counts (all zeros).
    The hidden tests use n ≤ 200 and at most 11 labels.

Time budget: 10 minutes.
"""
import numpy as np


def confusion_matrix(y_true, y_pred, labels):
    # BEGIN SOLUTION
    # Complexity: O(n + k) time, O(k²) memory for the matrix (n samples, k labels).
    if len(y_true) != len(y_pred):
        raise ValueError("y_true and y_pred have different lengths")
    # Position of each label in the requested order: the row/column it counts in.
    position = {int(label): i for i, label in enumerate(labels)}
    matrix = np.zeros((len(position), len(position)), dtype=np.int64)
    for truth, guess in zip(y_true, y_pred):
        truth, guess = int(truth), int(guess)
        if truth in position and guess in position:  # either label unlisted: not counted
            matrix[position[truth], position[guess]] += 1
    return matrix
    # END SOLUTION
