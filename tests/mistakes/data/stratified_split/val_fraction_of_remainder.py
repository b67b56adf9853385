"""Validation count taken as a fraction of what is left after the test set, not of the whole class.

Splitting twice (test off first, then validation off the rest) shrinks the validation set: here
val_fraction is a share of the whole class, n_val = floor(val_fraction * n_c).
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
        n_test = math.floor(test_fraction * len(members))
        n_val = math.floor(val_fraction * (len(members) - n_test))
        test.append(shuffled[:n_test]); val.append(shuffled[n_test:n_test + n_val]); train.append(shuffled[n_test + n_val:])
    def collect(parts):
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)
    return collect(train), collect(val), collect(test)
