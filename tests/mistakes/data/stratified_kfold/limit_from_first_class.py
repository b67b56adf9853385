"""Compares n_splits with the size of the class of y[0] instead of the BIGGEST class.

Only n_splits larger than every class is an error: take the maximum of the class counts
(np.bincount(y).max() for non-negative labels, or max over np.unique(y, return_counts=True)),
not the count of whichever class happens to come first in y.
"""
import numpy as np

NAMED_BY_MESSAGE = "First: test_only_the_biggest_class_limits_n_splits"


def stratified_kfold(y, *, n_splits):
    y = np.asarray(y)
    if n_splits < 2:
        raise ValueError("n_splits must be >= 2")
    if len(y) == 0:
        raise ValueError("empty y")
    if n_splits > int(np.sum(y == y[0])):
        raise ValueError("n_splits larger than the class")
    order = np.argsort(y, kind="stable")
    fold = np.empty(len(y), dtype=np.int64)
    fold[order] = np.arange(len(y)) % n_splits
    return [(np.flatnonzero(fold != f).astype(np.int64), np.flatnonzero(fold == f).astype(np.int64))
            for f in range(n_splits)]
