"""Distance ties go to the LARGER training index: the neighbours come from a descending sort that is then reversed.

Reversing a stable descending sort puts equally far points in reverse index order. Sort the
distances ascending with a stable sort (np.argsort(..., kind="stable")) and take the first k.
"""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    if k < 1 or k > len(X_train):
        raise ValueError("bad k")
    D = np.sum((X_test[:, None, :] - X_train[None, :, :]) ** 2, axis=2)
    nearest = np.argsort(-D, axis=1, kind="stable")[:, ::-1][:, :k]
    out = []
    for neighbours in nearest:
        values, counts = np.unique(y_train[neighbours], return_counts=True)
        out.append(values[np.argmax(counts)])
    return np.array(out, dtype=np.int64)
