"""Plain Python loops over rows and centres; the k-means++ draw by walking the running sum."""
import numpy as np


def _d2(a, b):
    return float(sum((p - q) ** 2 for p, q in zip(a, b)))


def _nearest(x, centres):
    best, best_j = None, 0
    for j, c in enumerate(centres):
        dist = _d2(x, c)
        if best is None or dist < best:      # strict: the first of equal distances stays
            best, best_j = dist, j
    return best_j


def kmeans(X, k, *, seed=0, init=None, max_iter=100, tol=1e-4):
    rows = [list(map(float, r)) for r in X]
    n = len(rows)
    if not (1 <= k <= n):
        raise ValueError("k out of range")
    if init is not None:
        if np.shape(init) != (k, X.shape[1]):
            raise ValueError("init shape")
        centres = [list(map(float, c)) for c in init]
    else:
        rng = np.random.default_rng(seed)
        centres = [rows[int(rng.integers(n))]]
        while len(centres) < k:
            weights = [min(_d2(r, c) for c in centres) for r in rows]
            total = 0.0
            running = []
            for w in weights:
                total += w
                running.append(total)
            if total == 0:
                raise ValueError("too few distinct rows")
            target = rng.random() * total
            i = next(i for i, s in enumerate(running) if s > target)
            centres.append(rows[i])
    n_iter = 0
    while n_iter < max_iter:
        labels = [_nearest(r, centres) for r in rows]
        new = []
        for j in range(k):
            members = [r for r, l in zip(rows, labels) if l == j]
            new.append([sum(col) / len(members) for col in zip(*members)] if members else centres[j])
        shift = max(_d2(a, b) ** 0.5 for a, b in zip(new, centres))
        centres = new
        n_iter += 1
        if shift <= tol:
            break
    labels = np.array([_nearest(r, centres) for r in rows], dtype=np.int64)
    return np.array(centres, dtype=float).reshape(k, X.shape[1]), labels, n_iter
