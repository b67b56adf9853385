"""Counts votes with np.bincount, which fails on negative labels.

np.bincount only takes non-negative ints, and the statement allows any int label. Count with
np.unique(labels, return_counts=True) (sorted labels: argmax gives the smallest on a tie).
"""
import numpy as np

NAMED_BY_MESSAGE = "must have no negative elements"


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    if k < 1 or k > len(X_train):
        raise ValueError("bad k")
    D = np.sum((X_test[:, None, :] - X_train[None, :, :]) ** 2, axis=2)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    out = []
    for neighbours in nearest:
        out.append(np.argmax(np.bincount(y_train[neighbours])))
    return np.array(out, dtype=np.int64)
