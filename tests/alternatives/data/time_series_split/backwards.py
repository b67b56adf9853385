"""Folds built backwards from the end of the series, then reversed into time order."""
import numpy as np


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    if n_splits < 2:
        raise ValueError("need at least 2 splits")
    if gap < 0:
        raise ValueError("negative gap")
    size = test_size if test_size is not None else n // (n_splits + 1)
    if size <= 0:
        raise ValueError("empty test folds")
    if n - gap - n_splits * size < 1:
        raise ValueError("first training set would be empty")
    indices = np.arange(n, dtype=np.int64)
    splits = []
    stop = n
    for _ in range(n_splits):
        start = stop - size
        train = indices[:start - gap]
        if max_train_size is not None:
            train = train[-max_train_size:]
        splits.append((train.copy(), indices[start:stop].copy()))
        stop = start
    return splits[::-1]
