"""Not stratified: plain k-fold in index order, contiguous blocks that ignore the labels.

A fold of consecutive indices can miss a class entirely (data is often sorted by label). Sort the
indices by label first (a stable sort), then deal them round-robin.
"""
import numpy as np


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    largest = np.bincount(np.unique(y, return_inverse=True)[1].ravel()).max() if len(y) else 0
    if n_splits < 2 or n_splits > largest:
        raise ValueError("bad n_splits")
    val_folds = np.array_split(np.arange(len(y)), n_splits)
    return [(np.setdiff1d(np.arange(len(y)), v), v.astype(np.int64)) for v in val_folds]
