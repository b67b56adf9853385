"""Union–find over core pairs within eps, then borders to the lowest-numbered reachable cluster."""
import numpy as np


def dbscan(X, *, eps, min_samples):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    if eps < 0 or min_samples < 1:
        raise ValueError("bad eps or min_samples")
    n = len(X)
    close = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2)) <= eps
    is_core = close.sum(axis=1) >= min_samples
    parent = list(range(n))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(n):
        for j in range(i + 1, n):
            if is_core[i] and is_core[j] and close[i, j]:
                a, b = find(i), find(j)
                parent[max(a, b)] = min(a, b)
    # number the core components by their first core point
    number = {}
    labels = np.full(n, -1, dtype=np.int64)
    for i in range(n):
        if is_core[i]:
            root = find(i)
            if root not in number:
                number[root] = len(number)
            labels[i] = number[root]
    # a border point goes to the smallest cluster number among the core points near it
    for i in range(n):
        if not is_core[i]:
            near = [labels[j] for j in range(n) if is_core[j] and close[i, j]]
            if near:
                labels[i] = min(near)
    return labels, is_core.astype(bool)
