"""Children not weighted by size: the decrease subtracts the plain average of the two child impurities.

A child holding one sample counts as much as one holding ninety-nine. Weight each child by its
share of the samples: I(y) − (n_left / n) · I(left) − (n_right / n) · I(right).
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
        children = (impurity(y[left]) + impurity(y[~left])) / 2
        decrease = parent - children
        # Strictly greater: a tie keeps the earlier, smaller threshold. The first candidate
        # is always taken, even with a decrease of 0 (a pure y).
        if best_threshold is None or decrease > best_decrease:
            best_threshold, best_decrease = float(threshold), float(decrease)
    return best_threshold, best_decrease
