"""The point itself is not counted: core needs min_samples OTHER points within eps.

The neighbourhood includes the point itself (distance 0 ≤ eps), as in scikit-learn; min_samples = 2
means one other point is enough.
"""
import numpy as np


def dbscan(X, *, eps, min_samples):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or eps < 0 or min_samples < 1:
        raise ValueError("bad arguments")
    n = X.shape[0]
    distances = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    neighbours = [np.flatnonzero(row <= eps) for row in distances]  # NEIGHBOURS
    is_core = np.array([len(found) - 1 >= min_samples for found in neighbours], dtype=bool)
    labels = np.full(n, -1, dtype=np.int64)
    cluster = 0  # FIRST
    for start in range(n):
        if not is_core[start] or labels[start] != -1:  # START
            continue
        labels[start] = cluster
        frontier = [start]
        while frontier:
            point = frontier.pop()
            for other in neighbours[point]:
                if labels[other] == -1:  # CLAIM
                    labels[other] = cluster
                    if is_core[other]:  # EXTEND
                        frontier.append(other)
        cluster += 1
    return labels, is_core  # RETURN
