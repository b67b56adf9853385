"""np.split at the multiples of batch_size, then the short tail removed when drop_last."""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if not batch_size >= 1:
        raise ValueError("batch_size < 1")
    if n < 0:
        raise ValueError("n < 0")
    if n == 0:
        return []
    rng = np.random.default_rng(seed) if shuffle else None
    order = rng.permutation(n) if shuffle else np.arange(n, dtype=np.int64)
    pieces = np.split(order, np.arange(batch_size, n, batch_size))
    if drop_last and len(pieces[-1]) < batch_size:
        pieces.pop()
    return pieces
