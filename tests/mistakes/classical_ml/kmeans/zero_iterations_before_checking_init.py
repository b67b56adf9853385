"""Returns the given start for max_iter = 0 before checking that init has shape (k, d).

Validate k and init first; max_iter = 0 only skips the iterations.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4):
    
    if max_iter == 0 and init is not None:
            C = np.array(init, dtype=float)
            return C, np.argmin(((X[:, None, :] - C[None]) ** 2).sum(2), axis=1).astype(np.int64), 0
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
    
