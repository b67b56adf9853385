"""Computes the bytes with the closed form 2(N − 1)·L/N (integer division) for every rank: with uneven chunks the ranks send different amounts.

The formula holds only when N divides L. Count what each rank actually sends: every chunk but (r + 1) mod N,
then every chunk but (r + 2) mod N.
"""
import numpy as np


def _check(tensors):
    if len(tensors) == 0:
        raise ValueError("no ranks")
    buffers = [np.array(t, dtype=np.float64) for t in tensors]
    if any(b.ndim != 1 for b in buffers) or len({b.shape[0] for b in buffers}) != 1:
        raise ValueError("shapes")
    return buffers


def ring_all_reduce(tensors):
    buffers = _check(tensors)
    n, length = len(buffers), buffers[0].shape[0]
    sizes = [len(p) for p in np.array_split(np.arange(length), n)]
    bounds = np.concatenate([[0], np.cumsum(sizes)]).astype(int)
    chunk = [slice(bounds[c], bounds[c + 1]) for c in range(n)]
    for s in range(n - 1):
        for r in range(n):
            c = (r - s) % n
            buffers[(r + 1) % n][chunk[c]] += buffers[r][chunk[c]]
    for s in range(n - 1):
        for r in range(n):
            c = (r + 1 - s) % n
            buffers[(r + 1) % n][chunk[c]] = buffers[r][chunk[c]]
    return buffers, np.full(n, 8 * (2 * (n - 1) * length // n), dtype=np.int64)
