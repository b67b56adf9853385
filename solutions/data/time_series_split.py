"""Time-series cross-validation splits (TimeSeriesSplit).

Task
    The samples 0 … n−1 are in time order, so a model must never train on the future. Make
    n_splits splits whose test folds are consecutive blocks at the END of the series and whose
    training sets are everything before them (minus a gap):

      1. test_size = the given test_size, or n // (n_splits + 1) when it is None.
      2. The test folds start at  n − n_splits·test_size,  then every test_size after that:
         split s (s = 0 … n_splits−1) tests on [start_s, start_s + test_size), with
         start_s = n − (n_splits − s)·test_size. The last fold ends exactly at n; any
         remainder of n goes to the first training set.
      3. Split s trains on [0, start_s − gap): the gap samples just before the test fold are
         left out. If max_train_size is given and the training set is longer, keep only its
         LAST max_train_size indices (the most recent ones).

Signature
    time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None)
        -> list of (train, test)
    Everything after n is passed by keyword.

Shapes and types
    n               an int ≥ 0: the number of samples
    n_splits        an int ≥ 2
    test_size       an int ≥ 1, or None
    gap             an int ≥ 0
    max_train_size  an int ≥ 1, or None
    returns         a list of n_splits tuples (train, test) of int64 arrays, each ascending

Example
    n = 7 and 3 splits: test_size = 7 // 4 = 1, so the test folds are {4}, {5}, {6}, and the
    first training set {0, 1, 2, 3} absorbs the remainder.

    >>> for train, test in time_series_split(7, n_splits=3):
    ...     print(train, test)
    [0 1 2 3] [4]
    [0 1 2 3 4] [5]
    [0 1 2 3 4 5] [6]

Constraints
    numpy only, no scikit-learn. Raise ValueError if n_splits < 2, if the test size (given or
    default) is < 1, if gap < 0, or if the first training set would be empty, i.e.
    n − gap − n_splits·test_size ≤ 0 (a first training set of exactly one sample is allowed).
    Convention: scikit-learn's TimeSeriesSplit(n_splits, max_train_size, test_size, gap) gives
    the same splits and raises in the same cases (it phrases the default-size case as
    n_splits + 1 > n).
    The hidden tests use n ≤ 60 and n_splits ≤ 5.

Time budget: 20 minutes.
"""
import numpy as np


def time_series_split(n, *, n_splits, test_size=None, gap=0, max_train_size=None):
    # BEGIN SOLUTION
    # Complexity: O(s·n) time, O(s·n) memory for the index arrays (s = n_splits, n samples).
    if n_splits < 2:
        raise ValueError("n_splits must be at least 2")
    if gap < 0:
        raise ValueError("gap must be ≥ 0")
    if test_size is None:
        test_size = n // (n_splits + 1)
    if test_size < 1:
        raise ValueError("the test folds would be empty")
    if n - gap - n_splits * test_size <= 0:
        raise ValueError("too many splits: the first training set would be empty")
    splits = []
    # The folds are laid out from the end, so the last one finishes at n exactly.
    for start in range(n - n_splits * test_size, n, test_size):
        train_end = start - gap
        train_start = 0 if max_train_size is None else max(0, train_end - max_train_size)
        splits.append((np.arange(train_start, train_end), np.arange(start, start + test_size)))
    return splits
    # END SOLUTION
