"""Returns [] for n = 0 before checking batch_size, so batch_size = 0 is accepted there.

Validate batch_size ≥ 1 (and n ≥ 0) first, then handle n = 0.
"""
NAMED_BY_MESSAGE = "checked before the shortcut"

import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    
    if n == 0:
            return []
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if n < 0:
        raise ValueError("n must be ≥ 0")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    batches = []
    for start in range(0, n, batch_size):
        batch = order[start:start + batch_size]
        # Only a short LAST batch can be dropped; a full one always stays.
        if drop_last and len(batch) < batch_size:
            break
        batches.append(batch)
    return batches
    
