"""Each split is a list [train, val] instead of a tuple (train, val).

The statement asks for a list of tuples: append (train, val), with parentheses.
"""
import numpy as np


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    largest = np.bincount(np.unique(y, return_inverse=True)[1].ravel()).max() if len(y) else 0
    if n_splits < 2 or n_splits > largest:
        raise ValueError("bad n_splits")
    order = np.argsort(y, kind="stable")
    out = []
    for f in range(n_splits):
        val = np.sort(order[f::n_splits])
        out.append([np.setdiff1d(np.arange(len(y)), val), val])
    return out
