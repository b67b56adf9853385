"""rng.choice with p = D²/ΣD² (the same single draw), distances by ‖x‖² − 2x·c + ‖c‖², np.add.at for the means."""
import numpy as np


def _sq(X, C):
    return np.maximum((X ** 2).sum(1)[:, None] - 2 * X @ C.T + (C ** 2).sum(1)[None, :], 0.0)


def kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4):
    n, d = X.shape
    if k < 1 or k > n:
        raise ValueError("bad k")
    if init is None:
        rng = np.random.default_rng(seed)
        chosen = [int(rng.integers(n))]
        for _ in range(k - 1):
            d2 = _sq(X, X[chosen]).min(axis=1)
            if d2.sum() == 0:
                raise ValueError("not enough distinct points")
            chosen.append(int(rng.choice(n, p=d2 / d2.sum())))
        C = X[chosen].astype(float)
    else:
        init = np.asarray(init, dtype=float)
        if init.shape != (k, d):
            raise ValueError("bad init")
        C = init.copy()
    it = 0
    while it < max_iter:
        labels = _sq(X, C).argmin(axis=1)
        sums = np.zeros((k, d))
        np.add.at(sums, labels, X)
        counts = np.bincount(labels, minlength=k)
        new = np.where(counts[:, None] > 0, sums / np.maximum(counts, 1)[:, None], C)
        shift = np.linalg.norm(new - C, axis=1).max()
        C = new
        it += 1
        if shift <= tol:
            break
    return C, _sq(X, C).argmin(axis=1).astype(np.int64), it
