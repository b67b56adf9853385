"""Clusters numbered by their lowest-index member (border points included), not by their first core point.

Numbers go to clusters in the order their FIRST CORE POINT appears (i = 0, 1, …): a border point
with a small index does not start a cluster.
"""
import numpy as np


def dbscan(X, *, eps, min_samples):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or eps < 0 or min_samples < 1:
        raise ValueError("bad arguments")
    n = X.shape[0]
    distances = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    neighbours = [np.flatnonzero(row <= eps) for row in distances]  # NEIGHBOURS
    is_core = np.array([len(found) >= min_samples for found in neighbours], dtype=bool)  # CORE
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
    order = {}
    for label in labels:
        if label != -1 and label not in order:
            order[label] = len(order)
    renumbered = np.array([order.get(label, -1) for label in labels], dtype=np.int64)
    return renumbered, is_core
