"""Returns the labels in y_train's dtype (int32 in, int32 out) instead of int64.

The statement asks for an int64 array whatever y_train holds: build the result with
dtype=np.int64 (or .astype(np.int64)).
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
        out.append(values[np.argmax(counts)])
    return np.array(out, dtype=y_train.dtype)
