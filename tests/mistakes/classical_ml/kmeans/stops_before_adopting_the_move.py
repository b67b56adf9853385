"""Stop test before the move: on the last iteration it breaks before adopting the new centres, so it returns the centres from BEFORE the final (small) move.

Step (b) moves every centre, then (c) measures the shift and stops: the centres returned are the moved ones, even on the iteration that stops.
"""
import numpy as np
def _assign(X, C):
    D = ((X[:, None, :] - C[None, :, :])**2).sum(2)
    return np.argmin(D, 1).astype(np.int64)
def kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4):
    X = np.asarray(X, float); n, d = X.shape
    if k < 1 or k > n: raise ValueError
    if init is not None:
        C = np.array(init, dtype=float)
        if C.shape != (k, d): raise ValueError
    else:
        rng = np.random.default_rng(seed)
        C = [X[rng.integers(n)]]
        D2 = ((X - C[0])**2).sum(1)
        while len(C) < k:
            cum = np.cumsum(D2)
            if cum[-1] == 0: raise ValueError
            u = rng.random()
            i = int(np.searchsorted(cum, u*cum[-1], side="right"))
            C.append(X[i]); D2 = np.minimum(D2, ((X - X[i])**2).sum(1))
        C = np.array(C, dtype=float)
    it = 0
    for it in range(1, max_iter+1):
        lab = _assign(X, C); new = C.copy()
        for j in range(k):
            if np.any(lab == j): new[j] = X[lab == j].mean(0)
        shift = np.max(np.sqrt(((new - C)**2).sum(1)))
        if shift <= tol: break
        C = new
    return C, _assign(X, C), int(it)
