"""0 · log2(0) computed as NaN: proportions include classes absent from a child, and 0 · log2(0) is nan in numpy.

By convention 0 · log 0 = 0: skip the classes with p = 0 (e.g. take counts from np.unique of
the child's own labels), or use np.where(p > 0, p * np.log2(p), 0) with the log guarded.
"""
import numpy as np


def best_split(x, y, *, criterion="gini"):
    if criterion not in ("gini", "entropy"):
        raise ValueError(f"criterion must be 'gini' or 'entropy', got {criterion!r}")
    n = len(x)
    if n == 0:
        raise ValueError("best_split needs at least one sample")

    def impurity(labels):
        # counts of every class of the whole node, so absent classes give p = 0
        p = np.array([np.sum(labels == c) for c in classes]) / len(labels)
        if criterion == "gini":
            return 1.0 - np.sum(p ** 2)
        return -np.sum(p * np.log2(p))

    classes = np.unique(y)
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
        if best_threshold is None or decrease > best_decrease:
            best_threshold, best_decrease = float(threshold), float(decrease)
    return best_threshold, best_decrease
