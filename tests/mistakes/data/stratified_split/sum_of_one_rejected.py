"""Rejects fractions that sum to exactly 1: the check uses >= 1 where the statement allows a sum of 1.

Only a sum ABOVE 1 is an error: val_fraction + test_fraction > 1.
"""
import math

import numpy as np

NAMED_BY_MESSAGE = "raised ValueError"


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if val_fraction < 0 or test_fraction < 0 or val_fraction + test_fraction >= 1:
        raise ValueError("fractions must leave something for training")
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    train, val, test = [], [], []
    for c in np.unique(y):
        members = np.flatnonzero(y == c)
        shuffled = members[rng.permutation(len(members))]
        n_test, n_val = math.floor(test_fraction * len(members)), math.floor(val_fraction * len(members))
        test.append(shuffled[:n_test]); val.append(shuffled[n_test:n_test + n_val]); train.append(shuffled[n_test + n_val:])

    def collect(parts):
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)
    return collect(train), collect(val), collect(test)
