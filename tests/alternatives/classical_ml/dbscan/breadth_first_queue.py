"""Breadth-first growth with a deque and neighbour lists built by plain loops."""
from collections import deque

import numpy as np


def dbscan(X, *, eps, min_samples):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or eps < 0 or min_samples < 1:
        raise ValueError("bad arguments")
    n = X.shape[0]
    neighbours = []
    for i in range(n):
        neighbours.append([j for j in range(n) if np.sqrt(((X[i] - X[j]) ** 2).sum()) <= eps])
    core = np.array([len(found) >= min_samples for found in neighbours], dtype=bool)
    labels = -np.ones(n, dtype=np.int64)
    next_label = 0
    for i in range(n):
        if labels[i] >= 0 or not core[i]:
            continue
        queue = deque([i])
        labels[i] = next_label
        while queue:
            p = queue.popleft()
            if not core[p]:
                continue
            for q in neighbours[p]:
                if labels[q] < 0:
                    labels[q] = next_label
                    queue.append(q)
        next_label += 1
    return labels, core
