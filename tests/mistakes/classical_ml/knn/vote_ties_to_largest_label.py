"""Vote ties go to the LARGEST label: the argmax is taken over the reversed label list.

On a tie the statement wants the smallest label. np.unique returns the labels sorted, and
np.argmax returns the first maximum: the smallest label; do not reverse.
"""
import numpy as np


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
        values, counts = np.unique(y_train[neighbours], return_counts=True)
        out.append(values[::-1][np.argmax(counts[::-1])])
    return np.array(out, dtype=np.int64)
