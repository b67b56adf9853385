"""Unstable sort: np.argsort(y) (quicksort) does not keep equal labels in index order, so the dealing differs.

The statement pins a STABLE sort by label, np.argsort(y, kind="stable"): within a class the
indices must stay in increasing order, or the folds depend on the sorting algorithm.
"""
import numpy as np


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    largest = np.bincount(np.unique(y, return_inverse=True)[1].ravel()).max() if len(y) else 0
    if n_splits < 2 or n_splits > largest:
        raise ValueError("bad n_splits")
    order = np.argsort(y)
    splits = []
    for f in range(n_splits):
        val = np.sort(order[f::n_splits])
        splits.append((np.setdiff1d(np.arange(len(y)), val), val))
    return splits
