"""max_train_size keeps the OLDEST samples (the first max_train_size) instead of the most recent ones.

A capped training window slides forward with time: keep the last max_train_size indices before
the gap, [end − max_train_size, end).
"""
import numpy as np


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    if n_splits < 2 or gap < 0:
        raise ValueError("bad arguments")
    size = n // (n_splits + 1) if test_size is None else test_size
    if size < 1 or n - gap - n_splits * size <= 0:
        raise ValueError("too many splits")
    splits = []
    for start in range(n - n_splits * size, n, size):
        end = start - gap
        stop = end if max_train_size is None else min(end, max_train_size)
        splits.append((np.arange(0, stop), np.arange(start, start + size)))
    return splits
