"""Python lists grouped by label in a dict; rng.shuffle on a copy; sorted() at the end."""
import math

import numpy as np


def stratified_split(y, *, val_fraction, test_fraction, seed):
    if val_fraction < 0 or test_fraction < 0:
        raise ValueError("negative fraction")
    if val_fraction + test_fraction > 1:
        raise ValueError("fractions sum above 1")
    groups = {}
    for i, label in enumerate(np.asarray(y).tolist()):
        groups.setdefault(label, []).append(i)
    rng = np.random.default_rng(seed)
    train, val, test = [], [], []
    for label in sorted(groups):
        members = np.array(groups[label])
        rng.shuffle(members)
        a = math.floor(test_fraction * len(members))
        b = a + math.floor(val_fraction * len(members))
        test += members[:a].tolist()
        val += members[a:b].tolist()
        train += members[b:].tolist()
    return tuple(np.array(sorted(part), dtype=np.int64) for part in (train, val, test))
