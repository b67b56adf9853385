"""Counts only the bytes of the reduce-scatter: the all-gather sends as many again.

A ring all-reduce is a reduce-scatter (N − 1 steps) and an all-gather (N − 1 more steps): each rank sends
about 2(N − 1)/N · L entries in all.
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
    sent = np.zeros(n, dtype=np.int64)
    for s in range(n - 1):
        for r in range(n):
            c = (r - s) % n
            buffers[(r + 1) % n][chunk[c]] += buffers[r][chunk[c]]
            sent[r] += 8 * sizes[c]
    for s in range(n - 1):
        for r in range(n):
            c = (r + 1 - s) % n
            buffers[(r + 1) % n][chunk[c]] = buffers[r][chunk[c]]
            sent[r] += 0
    return buffers, sent
