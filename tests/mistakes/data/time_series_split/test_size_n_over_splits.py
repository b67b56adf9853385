"""Default test size n // n_splits instead of n // (n_splits + 1): the first training set comes out empty or too short.

With k test folds you need k + 1 blocks: the first block only ever trains. The default fold size
is n // (n_splits + 1).
"""
import numpy as np


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    if n_splits < 2 or gap < 0:
        raise ValueError("bad arguments")
    size = n // n_splits if test_size is None else test_size
    if size < 1:
        raise ValueError("too many splits")
    splits = []
    for start in range(n - n_splits * size, n, size):
        end = start - gap
        begin = 0 if max_train_size is None else max(0, end - max_train_size)
        splits.append((np.arange(begin, end), np.arange(start, start + size)))
    return splits
