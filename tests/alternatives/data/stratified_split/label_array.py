"""A label per sample (0 train, 1 val, 2 test) filled class by class from np.unique's inverse index."""
import math

import numpy as np


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if val_fraction < 0 or test_fraction < 0 or val_fraction + test_fraction > 1:
        raise ValueError("bad fractions")
    y = np.asarray(y)
    classes, inverse = np.unique(y, return_inverse=True)
    inverse = inverse.ravel()
    rng = np.random.default_rng(seed)
    where = np.zeros(len(y), dtype=np.int8)
    for k in range(len(classes)):
        members = np.nonzero(inverse == k)[0]
        perm = rng.permutation(members.size)
        n_test = math.floor(test_fraction * members.size)
        n_val = math.floor(val_fraction * members.size)
        where[members[perm[:n_test]]] = 2
        where[members[perm[n_test:n_test + n_val]]] = 1
    idx = np.arange(len(y), dtype=np.int64)
    return idx[where == 0], idx[where == 1], idx[where == 2]
