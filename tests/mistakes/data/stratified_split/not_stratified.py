"""Not stratified: one shuffle of all n indices, cut by the overall fractions, ignores the classes.

A plain random split can leave a rare class out of the test set. Shuffle and cut each class on its
own (classes in sorted order), then put the pieces together.
"""
import math

import numpy as np


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if val_fraction < 0 or test_fraction < 0 or val_fraction + test_fraction > 1:
        raise ValueError("bad fractions")
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(y))
    n_test = math.floor(test_fraction * len(y))
    n_val = math.floor(val_fraction * len(y))
    train, val, test = [order[n_test + n_val:]], [order[n_test:n_test + n_val]], [order[:n_test]]
    def collect(parts):
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)
    return collect(train), collect(val), collect(test)
