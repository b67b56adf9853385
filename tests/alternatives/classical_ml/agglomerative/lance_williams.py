"""Lance–Williams updates of a cluster distance matrix (min, max or size-weighted mean), clusters named by smallest row."""
import numpy as np


def agglomerative(X, *, n_clusters, linkage="single"):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError("X must be 2-D")
    n = len(X)
    if not 1 <= n_clusters <= n:
        raise ValueError("bad n_clusters")
    if linkage not in ("single", "complete", "average"):
        raise ValueError("unknown linkage")
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    np.fill_diagonal(D, np.inf)
    alive = np.ones(n, dtype=bool)
    size = np.ones(n)
    owner = np.arange(n)                  # which live cluster (by its name) each row belongs to
    heights = []
    for _ in range(n - n_clusters):
        masked = np.where(alive[:, None] & alive[None, :], D, np.inf)
        a, b = divmod(int(np.argmin(masked)), n)     # row-major argmin: smallest a, then smallest b
        a, b = min(a, b), max(a, b)
        heights.append(float(D[a, b]))
        if linkage == "single":
            merged = np.minimum(D[a], D[b])
        elif linkage == "complete":
            merged = np.maximum(D[a], D[b])
        else:
            merged = (size[a] * D[a] + size[b] * D[b]) / (size[a] + size[b])
        D[a], D[:, a] = merged, merged
        D[a, a] = np.inf
        alive[b] = False
        size[a] += size[b]
        owner[owner == b] = a
    labels = np.empty(n, dtype=np.int64)
    seen = {}
    for i in range(n):
        labels[i] = seen.setdefault(owner[i], len(seen))
    return labels, np.array(heights)
