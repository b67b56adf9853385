"""rng.permutation applied to the members array itself (the same draw as indexing with permutation(n_c))."""
import numpy as np


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if min(val_fraction, test_fraction) < 0 or val_fraction + test_fraction > 1:
        raise ValueError("invalid fractions")
    y = np.asarray(y)
    rng = np.random.default_rng(seed)
    which = np.zeros(len(y), dtype=int)  # 0 train, 1 val, 2 test
    for c in sorted(set(y.tolist())):
        shuffled = rng.permutation(np.nonzero(y == c)[0])
        n_test = int(test_fraction * len(shuffled))
        n_val = int(val_fraction * len(shuffled))
        which[shuffled[:n_test]] = 2
        which[shuffled[n_test:n_test + n_val]] = 1
    return tuple(np.flatnonzero(which == k).astype(np.int64) for k in (0, 1, 2))
