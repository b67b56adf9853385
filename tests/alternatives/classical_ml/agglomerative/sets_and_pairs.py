"""Clusters as frozensets; every pair's linkage recomputed from point distances with itertools."""
import itertools
import math

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

    def dist(i, j):
        return math.sqrt(sum((float(p) - float(q)) ** 2 for p, q in zip(X[i], X[j])))

    def link(A, B):
        values = [dist(i, j) for i in A for j in B]
        if linkage == "single":
            return min(values)
        if linkage == "complete":
            return max(values)
        return sum(values) / len(values)

    clusters = [frozenset([i]) for i in range(n)]
    heights = []
    while len(clusters) > n_clusters:
        clusters.sort(key=min)
        pairs = itertools.combinations(range(len(clusters)), 2)
        d, a, b = min((link(clusters[a], clusters[b]), a, b) for a, b in pairs)
        merged = clusters[a] | clusters[b]
        clusters = [c for k, c in enumerate(clusters) if k not in (a, b)] + [merged]
        heights.append(d)
    clusters.sort(key=min)
    labels = np.zeros(n, dtype=np.int64)
    for number, members in enumerate(clusters):
        labels[sorted(members)] = number
    return labels, np.array(heights, dtype=np.float64)
