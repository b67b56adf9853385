"""All test folds cut at once from the tail with reshape; the training sets from each fold's first index."""
import numpy as np


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    if n_splits < 2:
        raise ValueError("n_splits < 2")
    if gap < 0:
        raise ValueError("gap < 0")
    size = n // (n_splits + 1) if test_size is None else test_size
    if size < 1:
        raise ValueError("test folds would be empty")
    first_test = n - n_splits * size
    if first_test - gap < 1:
        raise ValueError("no training data for the first split")
    blocks = np.arange(first_test, n, dtype=np.int64).reshape(n_splits, size)
    out = []
    for block in blocks:
        end = int(block[0]) - gap
        begin = max(end - max_train_size, 0) if max_train_size is not None else 0
        out.append((np.arange(begin, end, dtype=np.int64), block.copy()))
    return out
