"""Vectorised: fold_of[order] = position mod n_splits, then one mask per fold."""
import numpy as np


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    counts = np.bincount(np.unique(y, return_inverse=True)[1].ravel()) if y.size else np.zeros(1, dtype=int)
    if n_splits < 2 or n_splits > counts.max():
        raise ValueError("n_splits must be in [2, size of the biggest class]")
    order = np.argsort(y, kind="mergesort")  # mergesort is stable
    fold_of = np.empty(y.size, dtype=np.int64)
    fold_of[order] = np.arange(y.size) % n_splits
    every = np.arange(y.size, dtype=np.int64)
    return [(every[fold_of != f], every[fold_of == f]) for f in range(n_splits)]
