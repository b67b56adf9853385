"""k > n silently uses every training point instead of raising ValueError.

The statement pins k > n (and k < 1) as errors: check 1 <= k <= n and raise ValueError.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=float)
    X_test = np.asarray(X_test, dtype=float)
    y_train = np.asarray(y_train)
    if k < 1:
        raise ValueError("bad k")
    D = np.sum((X_test[:, None, :] - X_train[None, :, :]) ** 2, axis=2)
    nearest = np.argsort(D, axis=1, kind="stable")[:, :k]
    out = []
    for neighbours in nearest:
        values, counts = np.unique(y_train[neighbours], return_counts=True)
        out.append(values[np.argmax(counts)])
    return np.array(out, dtype=np.int64)
