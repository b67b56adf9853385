"""Average linkage as the mean of the two merged clusters' distances (WPGMA, scipy's 'weighted').

UPGMA averages over every pair of points, so a big cluster counts in proportion to its size:
d(A ∪ B, C) = (|A|·d(A, C) + |B|·d(B, C)) / (|A| + |B|), not (d(A, C) + d(B, C)) / 2.
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
    if linkage == 'average':
        return _weighted(D, n, n_clusters)
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


def _weighted(D, n, n_clusters):
    names = list(range(n))
    members = {i: [i] for i in range(n)}
    dist = {(i, j): D[i, j] for i in range(n) for j in range(n) if i != j}
    heights = []
    while len(names) > n_clusters:
        best = None
        for x in range(len(names)):
            for y in range(x + 1, len(names)):
                d = dist[(names[x], names[y])]
                if best is None or d < best[0]:
                    best = (d, names[x], names[y])
        d, a, b = best
        for c in names:
            if c not in (a, b):
                dist[(a, c)] = dist[(c, a)] = (dist[(a, c)] + dist[(b, c)]) / 2
        members[a] = sorted(members[a] + members.pop(b))
        names.remove(b)
        heights.append(float(d))
    labels = np.empty(n, dtype=np.int64)
    for number, name in enumerate(sorted(names)):
        labels[members[name]] = number
    return labels, np.array(heights, dtype=np.float64)
