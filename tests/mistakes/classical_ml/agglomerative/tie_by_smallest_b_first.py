"""Ties go to the pair with the smallest B's name first (B in the outer loop), not the smallest A's name.

Among pairs (A, B), A < B, at the smallest distance, take the smallest A first and only then the
smallest B: scan A in the outer loop, B in the inner one, and replace the best only on '<'.
"""
import numpy as np


def agglomerative(X, *, n_clusters, linkage="single"):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2:
        raise ValueError(f"X must be 2-D, got shape {X.shape}")
    n = X.shape[0]
    if not 1 <= n_clusters <= n:
        raise ValueError(f"n_clusters must be between 1 and n = {n}, got {n_clusters}")
    combine = {"single": np.min, "complete": np.max, "average": np.mean}.get(linkage)
    if combine is None:
        raise ValueError(f"unknown linkage {linkage!r}: use 'single', 'complete' or 'average'")
    point_distances = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))
    clusters = [[i] for i in range(n)]          # kept sorted by name (smallest row index)
    heights = []
    while len(clusters) > n_clusters:
        best = None
        for b in range(len(clusters)):             # B outer: a tie goes to the smallest B
            for a in range(b):
                distance = combine(point_distances[np.ix_(clusters[a], clusters[b])])
                if best is None or distance < best[0]:
                    best = (distance, a, b)
        distance, a, b = best
        clusters[a] = sorted(clusters[a] + clusters[b])      # a's name is the smaller: order kept
        del clusters[b]
        heights.append(float(distance))
    labels = np.empty(n, dtype=np.int64)
    # clusters are in order of their smallest row, which is first-appearance order
    for number, members in enumerate(clusters):
        labels[members] = number
    return labels, np.array(heights, dtype=np.float64)
