"""Moves the given init centres in place: centres = init (no copy), then centres[j] = mean overwrites the caller's array.

`centres = init` is the same array, not a copy. Start from np.array(init, dtype=float) (which
copies) or build new centre arrays each iteration.
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `init`"


def kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4):
    n, d = X.shape
    if not 1 <= k <= n:
        raise ValueError("bad k")

    def squared_distances(centres):
        return ((X[:, None, :] - centres[None, :, :]) ** 2).sum(axis=2)

    if init is not None:
        if np.shape(init) != (k, d):
            raise ValueError("bad init")
        centres = init
    else:
        rng = np.random.default_rng(seed)
        centres = np.empty((k, d))
        centres[0] = X[rng.integers(n)]
        for j in range(1, k):
            d2 = squared_distances(centres[:j]).min(axis=1)
            cumulative = np.cumsum(d2)
            if cumulative[-1] == 0:
                raise ValueError("too few distinct rows")
            centres[j] = X[np.searchsorted(cumulative, rng.random() * cumulative[-1], side="right")]

    n_iter = 0
    for _ in range(max_iter):
        labels = np.argmin(squared_distances(centres), axis=1)
        old = centres.copy()
        for j in range(k):
            if np.any(labels == j):
                centres[j] = X[labels == j].mean(axis=0)
        n_iter += 1
        if np.sqrt(((centres - old) ** 2).sum(axis=1)).max() <= tol:
            break
    labels = np.argmin(squared_distances(centres), axis=1).astype(np.int64)
    return centres, labels, n_iter
