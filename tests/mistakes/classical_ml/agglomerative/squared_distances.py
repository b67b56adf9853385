"""Squared Euclidean point distances: heights come out squared, and average linkage can merge differently.

Use ‖a − b‖ itself (the square root), as scipy's linkage does for these three methods.
"""
import numpy as np


def agglomerative(X, *, n_clusters, linkage="single"):
    X = np.asarray(X, dtype=np.float64)
    if X.ndim != 2 or not 1 <= n_clusters <= X.shape[0]:
        raise ValueError("bad X or n_clusters")
    n = X.shape[0]
    combine = {"single": np.min, "complete": np.max, "average": np.mean}.get(linkage)  # COMBINE
    if combine is None:
        raise ValueError("unknown linkage")
    D = ((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2)
    clusters = [[i] for i in range(n)]
    heights = []
    while len(clusters) > n_clusters:
        best = None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                distance = combine(D[np.ix_(clusters[a], clusters[b])])  # LINK
                if best is None or distance < best[0]:  # TIE
                    best = (distance, a, b)
        distance, a, b = best
        clusters[a] = sorted(clusters[a] + clusters[b])  # MERGE
        del clusters[b]
        heights.append(float(distance))
    labels = np.empty(n, dtype=np.int64)
    for number, members in enumerate(clusters):
        labels[members] = number
    return labels, np.array(heights, dtype=np.float64)
