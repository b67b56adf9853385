"""Keys ln(u)/w in a Python loop, sorted with sorted() on (−key, index)."""
import math

import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = [float(w) for w in weights]
    if any(w < 0 for w in weights):
        raise ValueError("negative weight")
    if k < 0 or k > sum(1 for w in weights if w > 0):
        raise ValueError("k out of range")
    u = np.random.default_rng(seed).random(len(weights))
    keyed = []
    for i, (ui, w) in enumerate(zip(u, weights)):
        if w > 0:
            key = math.log(ui) / w if ui > 0 else -math.inf
            keyed.append((-key, i))
    keyed.sort()
    return np.array([i for _, i in keyed[:k]], dtype=np.int64)
