"""k-means: k-means++ initialisation (seeded) and Lloyd's iterations.

Task
    Split the n rows of X into k clusters, each represented by its centre.

    Initialisation (k-means++), only when `init` is None. Create ONE generator,
    rng = np.random.default_rng(seed), and draw from it exactly this way:
      1. the first centre is X[rng.integers(n)];
      2. each next centre: for every row i let D²_i be its squared Euclidean distance to the
         NEAREST centre chosen so far; with cumulative = np.cumsum(D²) and ONE draw
         u = rng.random(), the next centre is X[i] for the smallest i with
         cumulative[i] > u · cumulative[-1]
         (that is np.searchsorted(cumulative, u * cumulative[-1], side="right"); so row i is
         picked with probability D²_i / Σ D², and rng.choice(n, p=D² / ΣD²) draws the same i).
    Nothing else is drawn. When `init` is given it is the k starting centres; no draw is made.

    Lloyd's iterations, at most max_iter of them; one iteration is:
      a. assign every row to its nearest centre (squared Euclidean distance; a tie goes to the
         smallest centre index);
      b. move every centre to the mean of its rows; a centre with NO rows keeps its position;
      c. shift = the largest Euclidean distance any centre moved in (b);
         stop if shift ≤ tol (so tol = 0 stops as soon as nothing moves).
    n_iter is the number of iterations done (max_iter if it never stopped early; 0 when
    max_iter = 0). Finally assign every row to the nearest of the RETURNED centres (same tie
    rule): those are the labels.

Signature
    kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4) -> (centres, labels, n_iter)

Shapes and types
    X         a float64 array of shape (n, d)
    k         an int, 1 ≤ k ≤ n
    seed      an int (used only when init is None)
    init      None, or a float64 array of shape (k, d): the starting centres
    max_iter  an int ≥ 0
    tol       a float ≥ 0
    returns   a tuple (centres, labels, n_iter): centres a float64 array of shape (k, d),
              labels an int64 array of shape (n,) with values in 0 … k − 1, n_iter an int

Example
    Centres start at 1 and 9 (given): the points 0, 2, 10, 12 split into {0, 2} and {10, 12},
    the centres move to 1 and 11, and the second iteration moves nothing (shift 0 ≤ tol):

    >>> X = np.array([[0.0], [2.0], [10.0], [12.0]])
    >>> centres, labels, n_iter = kmeans(X, 2, init=np.array([[1.0], [9.0]]), tol=0.0)
    >>> centres, labels, n_iter
    (array([[ 1.],
           [11.]]), array([0, 0, 1, 1]), 2)

Constraints
    numpy only (no scikit-learn). Raise ValueError when k < 1 or k > n, when init does not have
    shape (k, d), or when k-means++ finds every D² equal to 0 before it has k centres (fewer than
    k distinct rows). Returns new arrays; X and init are not modified.
    Differences from scikit-learn's KMeans: its k-means++ is "greedy" (it draws 2 + ln k
    candidates per centre and keeps the best), so its starting centres differ; its tol is
    relative (tol × the mean variance of the features) and compares the SUM of squared centre
    shifts; it runs n_init restarts; and it moves an empty cluster's centre to a far point
    instead of keeping it. From the same starting centres with tol = 0 (and no cluster
    emptying), both reach the same centres, labels and n_iter.
    The hidden tests use n ≤ 60, d ≤ 3 and k ≤ 5.

Time budget: 30 minutes.
"""
import numpy as np


def kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4):
    # BEGIN SOLUTION
    # Complexity: O(T·n·k·d) time, O(n·k·d) extra memory for the broadcast differences (T iterations, n rows, k centres, d dimensions).
    n, d = X.shape
    if not 1 <= k <= n:
        raise ValueError(f"k must be between 1 and n = {n}, got {k}")

    def squared_distances(centres):
        # (n, k): ‖x_i − c_j‖², written out so that ties are exact for exact inputs
        return ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)

    if init is not None:
        if np.shape(init) != (k, d):
            raise ValueError(f"init must have shape {(k, d)}, got {np.shape(init)}")
        centres = np.array(init, dtype=float)          # a copy: init stays untouched
    else:
        rng = np.random.default_rng(seed)
        centres = np.empty((k, d))
        centres[0] = X[rng.integers(n)]
        for j in range(1, k):
            # D²: squared distance to the nearest centre chosen so far
            d2 = squared_distances(centres[:j]).min(axis=1)
            cumulative = np.cumsum(d2)
            if cumulative[-1] == 0:
                raise ValueError(f"X has fewer than k = {k} distinct rows")
            u = rng.random()
            centres[j] = X[np.searchsorted(cumulative, u * cumulative[-1], side="right")]

    n_iter = 0
    for _ in range(max_iter):
        labels = np.argmin(squared_distances(centres), axis=1)   # argmin: first index on ties
        new_centres = centres.copy()                             # empty clusters keep their centre
        for j in range(k):
            members = X[labels == j]
            if len(members):
                new_centres[j] = members.mean(axis=0)
        shift = np.sqrt(((new_centres - centres) ** 2).sum(axis=1)).max()
        centres = new_centres
        n_iter += 1
        if shift <= tol:
            break
    # Labels for the centres we return (they may have moved in the last iteration).
    labels = np.argmin(squared_distances(centres), axis=1).astype(np.int64)
    return centres, labels, n_iter
    # END SOLUTION
