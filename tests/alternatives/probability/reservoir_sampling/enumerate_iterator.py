"""A true one-pass version over an iterator: it never looks at len(stream) until the end."""
import numpy as np


def reservoir_sample(stream, k, *, seed):
    if k < 0:
        raise ValueError("k must be >= 0")
    rng = np.random.default_rng(seed)
    reservoir = []
    seen = 0
    for i, item in enumerate(iter(stream)):
        seen += 1
        if i < k:
            reservoir.append(item)
            continue
        j = rng.integers(0, i + 1)
        if j < k:
            reservoir[j] = item
    if seen < k:
        raise ValueError("the stream has fewer than k items")
    return reservoir
