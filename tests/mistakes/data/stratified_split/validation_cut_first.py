"""Cuts the validation set first and the test set second from each shuffled class.

The order is pinned: test gets shuffled[:n_test], validation the next n_val, train the rest.
"""
import math

import numpy as np


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if val_fraction < 0 or test_fraction < 0 or val_fraction + test_fraction > 1:
        raise ValueError("bad fractions")
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    train, val, test = [], [], []
    for c in np.unique(y):
        members = np.flatnonzero(y == c)
        shuffled = members[rng.permutation(len(members))]
        n_test, n_val = math.floor(test_fraction * len(members)), math.floor(val_fraction * len(members))
        val.append(shuffled[:n_val]); test.append(shuffled[n_val:n_val + n_test]); train.append(shuffled[n_val + n_test:])
    def collect(parts):
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)
    return collect(train), collect(val), collect(test)
