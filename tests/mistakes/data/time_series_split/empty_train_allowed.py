"""An empty first training set is allowed: the check uses < 0 where n − gap − n_splits·test_size = 0 must raise.

With nothing to train on, the first split is useless: raise ValueError when
n − gap − n_splits · test_size <= 0 (an equality included).
"""
import numpy as np
NAMED_BY_MESSAGE = "should raise ValueError"


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    if n_splits < 2 or gap < 0:
        raise ValueError("bad arguments")
    size = n // (n_splits + 1) if test_size is None else test_size
    if size < 1 or n - gap - n_splits * size < 0:
        raise ValueError("too many splits")
    splits = []
    for start in range(n - n_splits * size, n, size):
        end = start - gap
        begin = 0 if max_train_size is None else max(0, end - max_train_size)
        splits.append((np.arange(begin, end), np.arange(start, start + size)))
    return splits
