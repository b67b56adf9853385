"""Global RNG: np.random.seed(seed) with np.random.permutation draws different shuffles than default_rng(seed).

The statement pins rng = np.random.default_rng(seed) and rng.permutation(n_c): the legacy global
generator is another algorithm, and global state makes the split depend on other code.
"""
import math

import numpy as np


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if val_fraction < 0 or test_fraction < 0 or val_fraction + test_fraction > 1:
        raise ValueError("bad fractions")
    y = np.asarray(y)
    np.random.seed(seed)
    train, val, test = [], [], []
    for c in np.unique(y):
        members = np.flatnonzero(y == c)
        shuffled = members[np.random.permutation(len(members))]
        n_test, n_val = math.floor(test_fraction * len(members)), math.floor(val_fraction * len(members))
        test.append(shuffled[:n_test]); val.append(shuffled[n_test:n_test + n_val]); train.append(shuffled[n_test + n_val:])
    def collect(parts):
        return np.sort(np.concatenate(parts)).astype(np.int64) if parts else np.zeros(0, dtype=np.int64)
    return collect(train), collect(val), collect(test)
