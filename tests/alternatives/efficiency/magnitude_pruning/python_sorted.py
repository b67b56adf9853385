"""Pure Python sorting with (|w|, index) keys over the flat list; 2:4 by comparing within each group of four."""
import math

import numpy as np


def magnitude_prune(w, sparsity):
    arr = np.asarray(w, dtype=np.float64)
    if arr.ndim == 0 or math.isnan(sparsity) or sparsity < 0 or sparsity > 1:
        raise ValueError("bad arguments")
    values = arr.ravel().tolist()
    k = round(sparsity * len(values))
    ranked = sorted(range(len(values)), key=lambda i: (abs(values[i]), i))
    pruned_set = set(ranked[:k])
    mask = [i not in pruned_set for i in range(len(values))]
    kept = [v if m else 0.0 for v, m in zip(values, mask)]
    return np.array(kept, dtype=np.float64).reshape(arr.shape), np.array(mask, dtype=bool).reshape(arr.shape)


def prune_2_4(w):
    arr = np.asarray(w, dtype=np.float64)
    if arr.ndim == 0 or arr.shape[-1] % 4 != 0:
        raise ValueError("last axis not divisible by 4")
    values = arr.ravel().tolist()
    mask = []
    for start in range(0, len(values), 4):
        group = values[start:start + 4]
        ranked = sorted(range(4), key=lambda i: (abs(group[i]), i))
        mask.extend(i in ranked[2:] for i in range(4))
    kept = [v if m else 0.0 for v, m in zip(values, mask)]
    return np.array(kept, dtype=np.float64).reshape(arr.shape), np.array(mask, dtype=bool).reshape(arr.shape)
