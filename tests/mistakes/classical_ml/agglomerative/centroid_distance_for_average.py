"""Average linkage as the distance between the two clusters' centroids.

Average linkage (UPGMA) is the mean of all |A|·|B| point-to-point distances; the distance between
the means is centroid linkage, a different method.
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
    D = np.sqrt(((X[:, None, :] - X[None, :, :]) ** 2).sum(axis=2))  # DIST
    clusters = [[i] for i in range(n)]
    heights = []
    while len(clusters) > n_clusters:
        best = None
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                if linkage == 'average':
                    distance = np.sqrt(((X[clusters[a]].mean(axis=0) - X[clusters[b]].mean(axis=0)) ** 2).sum())
                else:
                    distance = combine(D[np.ix_(clusters[a], clusters[b])])
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
