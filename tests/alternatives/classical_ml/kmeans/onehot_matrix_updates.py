"""k-means++ with an incrementally updated D² (np.minimum) and an argmax over the cumulative sum; Lloyd with a one-hot matrix."""
import numpy as np


def kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4):
    n, d = X.shape
    if k < 1 or k > n:
        raise ValueError("k must be in 1..n")
    if init is None:
        rng = np.random.default_rng(seed)
        picks = [int(rng.integers(n))]
        d2 = np.sum((X - X[picks[0]]) ** 2, axis=1)
        for _ in range(1, k):
            cumulative = np.cumsum(d2)
            if cumulative[-1] <= 0:
                raise ValueError("fewer distinct rows than k")
            target = rng.random() * cumulative[-1]
            i = int(np.argmax(cumulative > target))          # first index where the sum passes target
            picks.append(i)
            d2 = np.minimum(d2, np.sum((X - X[i]) ** 2, axis=1))
        centres = X[picks].copy()
    else:
        if init.shape != (k, d):
            raise ValueError("init must be (k, d)")
        centres = init.astype(np.float64, copy=True)

    def assign(C):
        return np.argmin(np.sum((X[:, None] - C[None]) ** 2, axis=-1), axis=1)

    n_iter = 0
    while n_iter < max_iter:
        labels = assign(centres)
        onehot = (labels[:, None] == np.arange(k)[None, :]).astype(float)
        counts = onehot.sum(axis=0)
        sums = onehot.T @ X
        updated = centres.copy()
        nonempty = counts > 0
        updated[nonempty] = sums[nonempty] / counts[nonempty, None]
        moved = np.sqrt(np.sum((updated - centres) ** 2, axis=1))
        centres = updated
        n_iter += 1
        if moved.max() <= tol:
            break
    return centres, assign(centres).astype(np.int64), int(n_iter)
