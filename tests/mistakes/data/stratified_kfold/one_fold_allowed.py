"""n_splits = 1 is accepted: it returns a split whose training set is empty instead of raising ValueError.

One fold is no cross-validation: everything is validation and nothing is left to train on. Raise
ValueError for n_splits < 2.
"""
import numpy as np
NAMED_BY_MESSAGE = "should raise ValueError"


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    largest = np.unique(y, return_counts=True)[1].max() if len(y) else 0
    if n_splits > largest:
        raise ValueError("n_splits too large")
    order = np.argsort(y, kind="stable")
    splits = []
    for f in range(n_splits):
        val = np.sort(order[f::n_splits])
        splits.append((np.setdiff1d(np.arange(len(y)), val), val))
    return splits
