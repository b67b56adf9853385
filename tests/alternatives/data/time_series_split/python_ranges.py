"""Python ranges for every fold, converted to int64 arrays at the end."""
import numpy as np


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    if n_splits < 2 or gap < 0:
        raise ValueError("invalid n_splits or gap")
    if test_size is None:
        test_size = n // (n_splits + 1)
    if test_size < 1 or n - n_splits * test_size - gap < 1:
        raise ValueError("not enough samples")
    first = n - n_splits * test_size
    result = []
    for s in range(n_splits):
        start = first + s * test_size
        train = list(range(start - gap))
        if max_train_size is not None and len(train) > max_train_size:
            train = train[len(train) - max_train_size:]
        test = list(range(start, start + test_size))
        result.append((np.array(train, dtype=np.int64), np.array(test, dtype=np.int64)))
    return result
