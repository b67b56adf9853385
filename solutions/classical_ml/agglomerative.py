"""Agglomerative (bottom-up hierarchical) clustering with single, complete or average linkage.

Task
    Start with every row of X as a cluster of its own. Repeatedly merge the two closest
    clusters until n_clusters remain. Point distances are Euclidean; the distance between
    clusters A and B is

        single    min  ‖a − b‖ over a in A, b in B
        complete  max  ‖a − b‖
        average   the mean of ‖a − b‖ over all |A|·|B| pairs (UPGMA; not the distance between
                  the centroids, and not the mean of the two merged clusters' distances)

    Ties, exactly: name a cluster by its smallest row index. Among the pairs at the smallest
    distance, merge the pair (A, B), A's name < B's name, with the smallest A's name, then the
    smallest B's name. (Ties only matter when distances are exactly equal; the tests that
    have them use exactly representable values.)

    Labels: number the final clusters in order of first appearance along the rows: row 0's
    cluster is 0, the cluster of the first row not in it is 1, and so on.
    Heights: the distance of each merge, in the order the merges were made.

Signature
    agglomerative(X, *, n_clusters, linkage="single") -> (labels, heights)

Shapes and types
    X           an array (n, d) of floats or ints, n ≥ 1
    n_clusters  an int, 1 ≤ n_clusters ≤ n
    linkage     "single", "complete" or "average"
    returns     a tuple (labels, heights): a NEW int64 array (n,) and a NEW float64 array of
                the n − n_clusters merge distances

Example
    The points 0, 1, 3, 7 on a line: 0 and 1 merge at 1, then 3 joins them at min(3, 2) = 2
    with single linkage; 7 stays alone (its distance to them is 4).

    >>> agglomerative(np.array([[0.0], [1.0], [3.0], [7.0]]), n_clusters=2, linkage="single")
    (array([0, 0, 0, 1]), array([1., 2.]))

Constraints
    numpy only (no scipy or scikit-learn). Raise ValueError when X is not 2-D, when
    n_clusters is not between 1 and n, or for another linkage. Returns new arrays; X is not
    modified. Hidden tests use n ≤ 25, d ≤ 3.
    Coming from SciPy / scikit-learn: scipy.cluster.hierarchy.linkage(X, method) makes the
    same merges at the same heights (its 'average' is this one, its 'weighted' is not);
    fcluster numbers clusters from 1 and in another order. AgglomerativeClustering(n_clusters,
    linkage=...) gives the same partition with its own numbering; its default linkage is ward.

Time budget: 30 minutes.
"""
import numpy as np


def agglomerative(X, *, n_clusters, linkage="single"):
    # BEGIN SOLUTION
    # Complexity: O(n³) time (n − k merges, each scanning all cluster pairs, whose point pairs number at most n²), O(n²·d) extra memory (n rows, d dimensions).
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
        for a in range(len(clusters)):
            for b in range(a + 1, len(clusters)):
                distance = combine(point_distances[np.ix_(clusters[a], clusters[b])])
                if best is None or distance < best[0]:      # strict: the first pair wins a tie
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
    # END SOLUTION
