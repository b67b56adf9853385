"""Classes visited in first-seen order: the permutations are drawn in a different order than np.unique(y) gives.

Every class draws one permutation from the same generator, so the class order decides which
permutation each class gets. Loop over np.unique(y) (sorted), as the statement pins.
"""
import math

import numpy as np


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if val_fraction < 0 or test_fraction < 0 or val_fraction + test_fraction > 1:
        raise ValueError("bad fractions")
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    train, val, test = [], [], []
    for c in dict.fromkeys(y.tolist()):
        members = np.flatnonzero(y == c)
        shuffled = members[rng.permutation(len(members))]
        n_test, n_val = math.floor(test_fraction * len(members)), math.floor(val_fraction * len(members))
        test.append(shuffled[:n_test]); val.append(shuffled[n_test:n_test + n_val]); train.append(shuffled[n_test + n_val:])

    def collect(parts):
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)
    return collect(train), collect(val), collect(test)
