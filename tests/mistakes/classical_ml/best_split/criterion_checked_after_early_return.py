"""The criterion is validated only after the early return for a constant x, so an unknown criterion is accepted there.

Check every argument first, before any shortcut: a call with criterion="log_loss" is wrong
whatever x holds, and must raise ValueError even when x has a single distinct value.
"""
NAMED_BY_MESSAGE = "validate before the early return"

import numpy as np


def best_split(x, y, *, criterion="gini"):
    n = len(x)
    if n == 0:
        raise ValueError("best_split needs at least one sample")
    if len(np.unique(x)) == 1:
        return None, 0.0
    if criterion not in ("gini", "entropy"):
        raise ValueError(f"criterion must be 'gini' or 'entropy', got {criterion!r}")

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
        if best_threshold is None or decrease > best_decrease:
            best_threshold, best_decrease = float(threshold), float(decrease)
    return best_threshold, best_decrease
