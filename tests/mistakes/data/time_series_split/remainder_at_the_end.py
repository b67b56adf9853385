"""Folds laid out from the start (fold s starts at (s + 1)·test_size), so the remainder is never tested.

Lay the folds out from the END: start_s = n − (n_splits − s)·test_size, so the last test fold
finishes at n and the remainder goes to the first training set.
"""
import numpy as np


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    if n_splits < 2 or gap < 0:
        raise ValueError("bad arguments")
    size = n // (n_splits + 1) if test_size is None else test_size
    if size < 1 or n - gap - n_splits * size <= 0:
        raise ValueError("too many splits")
    splits = []
    for s in range(n_splits):
        start = (s + 1) * size
        end = start - gap
        begin = 0 if max_train_size is None else max(0, end - max_train_size)
        splits.append((np.arange(begin, end), np.arange(start, start + size)))
    return splits
