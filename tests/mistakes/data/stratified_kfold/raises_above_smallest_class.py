"""Raises when n_splits exceeds the SMALLEST class: too strict, the statement allows a small class.

A class with fewer samples than folds just misses some folds (scikit-learn only warns). The error
is for n_splits larger than the BIGGEST class.
"""
import numpy as np
NAMED_BY_MESSAGE = "raised ValueError"


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    counts = np.unique(y, return_counts=True)[1]
    if len(y) == 0 or n_splits < 2 or n_splits > counts.min():
        raise ValueError("a class is smaller than n_splits")
    order = np.argsort(y, kind="stable")
    splits = []
    for f in range(n_splits):
        val = np.sort(order[f::n_splits])
        splits.append((np.setdiff1d(np.arange(len(y)), val), val))
    return splits
