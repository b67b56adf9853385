"""Labels follow the order the clusters were built (a merged cluster goes to the end of the list), not first appearance.

Number the final clusters by the first row in which each appears: row 0's cluster is 0, and so on.
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
                distance = combine(D[np.ix_(clusters[a], clusters[b])])  # LINK
                if best is None or distance < best[0]:  # TIE
                    best = (distance, a, b)
        distance, a, b = best
        merged = sorted(clusters[a] + clusters[b])
        del clusters[b]
        del clusters[a]
        clusters.append(merged)
        heights.append(float(distance))
    labels = np.empty(n, dtype=np.int64)
    for number, members in enumerate(clusters):
        labels[members] = number
    return labels, np.array(heights, dtype=np.float64)
