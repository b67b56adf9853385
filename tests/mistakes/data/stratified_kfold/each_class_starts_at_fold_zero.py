"""Each class is dealt starting again at fold 0: class counts balance, but the first folds collect every remainder.

Deal the whole label-sorted order in one sequence (position t goes to fold t mod n_splits), so the
next class starts where the last one stopped and the fold sizes stay within one of each other.
"""
import numpy as np


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    largest = np.bincount(np.unique(y, return_inverse=True)[1].ravel()).max() if len(y) else 0
    if n_splits < 2 or n_splits > largest:
        raise ValueError("bad n_splits")
    fold_of = np.empty(len(y), dtype=int)
    for c in np.unique(y):
        members = np.flatnonzero(y == c)
        fold_of[members] = np.arange(len(members)) % n_splits
    return [(np.flatnonzero(fold_of != f), np.flatnonzero(fold_of == f)) for f in range(n_splits)]
