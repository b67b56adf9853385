"""Ignores gap: the training set runs right up to the test fold.

Leave out the gap samples just before each test fold: train on [0, start − gap).
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
        begin = 0 if max_train_size is None else max(0, start - max_train_size)
        splits.append((np.arange(begin, start), np.arange(start, start + size)))
    return splits
