"""Training indices not sorted: train is the other folds concatenated one after another.

The statement asks for both arrays sorted ascending: np.sort the concatenation, or take
np.flatnonzero of a mask.
"""
import numpy as np


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    largest = np.bincount(np.unique(y, return_inverse=True)[1].ravel()).max() if len(y) else 0
    if n_splits < 2 or n_splits > largest:
        raise ValueError("bad n_splits")
    order = np.argsort(y, kind="stable")
    folds = [np.sort(order[f::n_splits]) for f in range(n_splits)]
    return [(np.concatenate([folds[g] for g in range(n_splits) if g != f]), folds[f]) for f in range(n_splits)]
