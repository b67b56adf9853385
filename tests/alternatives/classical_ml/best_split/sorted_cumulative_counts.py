"""Sort once, then cumulative class counts give every left/right split in one pass (vectorised)."""
import numpy as np


def best_split(x, y, *, criterion="gini"):
    if criterion not in ("gini", "entropy"):
        raise ValueError("bad criterion")
    n = len(x)
    if n == 0:
        raise ValueError("empty")
    order = np.argsort(x, kind="stable")
    xs, ys = np.asarray(x)[order], np.asarray(y)[order]
    classes, codes = np.unique(ys, return_inverse=True)
    onehot = np.zeros((n, len(classes)))
    onehot[np.arange(n), codes] = 1
    left_counts = np.cumsum(onehot, axis=0)[:-1]          # after position i: left = first i + 1
    right_counts = onehot.sum(axis=0) - left_counts
    boundaries = np.flatnonzero(xs[1:] != xs[:-1])        # only between distinct values
    if boundaries.size == 0:
        return None, 0.0

    def impurity(counts):
        total = counts.sum(axis=-1, keepdims=True)
        p = counts / total
        if criterion == "gini":
            return 1 - np.sum(p * p, axis=-1)
        with np.errstate(divide="ignore", invalid="ignore"):
            terms = np.where(p > 0, p * np.log2(np.where(p > 0, p, 1)), 0.0)
        return -np.sum(terms, axis=-1)

    lc, rc = left_counts[boundaries], right_counts[boundaries]
    n_left = lc.sum(axis=1)
    decrease = impurity(onehot.sum(axis=0)) - (n_left * impurity(lc) + (n - n_left) * impurity(rc)) / n
    best = int(np.argmax(decrease))                       # first maximum = smallest threshold
    i = boundaries[best]
    return float((xs[i] + xs[i + 1]) / 2), float(decrease[best])
