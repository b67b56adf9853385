"""Squared distances by ‖a‖² + ‖b‖² − 2a·b, neighbours by np.lexsort((index, distance)), votes by a one-hot count."""
import numpy as np


def knn_predict(X_train, y_train, X_test, k):
    X_train = np.asarray(X_train, dtype=np.float64)
    X_test = np.asarray(X_test, dtype=np.float64)
    y_train = np.asarray(y_train).astype(np.int64)
    n = X_train.shape[0]
    if not (1 <= k <= n):
        raise ValueError("k out of range")
    m = X_test.shape[0]
    sq = (X_test ** 2).sum(1)[:, None] + (X_train ** 2).sum(1)[None, :] - 2 * X_test @ X_train.T
    classes = np.unique(y_train)                 # sorted
    onehot = (y_train[:, None] == classes[None, :]).astype(np.int64)
    result = np.empty(m, dtype=np.int64)
    index = np.arange(n)
    for i in range(m):
        nearest = np.lexsort((index, sq[i]))[:k]   # by distance, then by index
        counts = onehot[nearest].sum(axis=0)
        result[i] = classes[np.argmax(counts)]
    return result
