"""n_splits equal to the biggest class is rejected: the check uses >= where the statement allows equality.

Only n_splits LARGER than the biggest class is an error; with n_splits equal to it, that class
puts one sample in every fold.
"""
import numpy as np
NAMED_BY_MESSAGE = "raised ValueError"


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    largest = np.unique(y, return_counts=True)[1].max() if len(y) else 0
    if n_splits < 2 or n_splits >= largest:
        raise ValueError("n_splits too large")
    order = np.argsort(y, kind="stable")
    splits = []
    for f in range(n_splits):
        val = np.sort(order[f::n_splits])
        splits.append((np.setdiff1d(np.arange(len(y)), val), val))
    return splits
