"""Sorts (distance, label) pairs, so equally far points are ordered by label instead of by training index.

sorted(zip(distances, labels)) breaks distance ties with the label. The statement keeps the
point with the smaller index: sort indices by distance with a stable sort.
"""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    if k < 1 or k > len(X_train):
        raise ValueError("bad k")
    D = np.sum((X_test[:, None, :] - X_train[None, :, :]) ** 2, axis=2)
    out = []
    for row in D:
        pairs = sorted(zip(row.tolist(), y_train.tolist()))[:k]
        values, counts = np.unique([label for _, label in pairs], return_counts=True)
        out.append(values[np.argmax(counts)])
    return np.array(out, dtype=np.int64)
