"""np.array_split into ceil(n / batch_size) pieces balances the sizes (3, 2, 2) instead of full batches then a remainder (3, 3, 1).

np.array_split spreads the remainder over the first pieces. Slice order[i : i + batch_size] for
i in range(0, n, batch_size): every batch is full except possibly the last.
"""
import numpy as np


def minibatches(n, *, batch_size, shuffle, seed, drop_last=False):
    if batch_size < 1 or n < 0:
        raise ValueError("bad arguments")
    order = np.random.default_rng(seed).permutation(n) if shuffle else np.arange(n)
    if n == 0:
        return []
    pieces = np.array_split(order, -(-n // batch_size))
    if drop_last and len(pieces[-1]) < batch_size:
        pieces = pieces[:-1]
    return pieces
