"""sorted() with the key (label, index), dealt into Python lists, converted at the end."""
from collections import Counter

import numpy as np


def stratified_kfold(y, *, n_splits):
    labels = np.asarray(y).tolist()
    biggest = max(Counter(labels).values(), default=0)
    if not 2 <= n_splits <= biggest:
        raise ValueError("n_splits out of range")
    order = sorted(range(len(labels)), key=lambda i: (labels[i], i))
    folds = [[] for _ in range(n_splits)]
    for t, i in enumerate(order):
        folds[t % n_splits].append(i)
    result = []
    for f in range(n_splits):
        val = sorted(folds[f])
        in_val = set(val)
        train = [i for i in range(len(labels)) if i not in in_val]
        result.append((np.array(train, dtype=np.int64), np.array(val, dtype=np.int64)))
    return result
