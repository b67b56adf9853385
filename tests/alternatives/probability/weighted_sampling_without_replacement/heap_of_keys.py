"""A streaming A-Res style version: a min-heap of the k largest keys u^(1/w)."""
import heapq

import numpy as np


def weighted_sample_without_replacement(weights, k, *, seed):
    weights = list(map(float, weights))
    if min(weights, default=0.0) < 0 or k < 0 or k > sum(w > 0 for w in weights):
        raise ValueError("invalid weights or k")
    u = np.random.default_rng(seed).random(len(weights))
    heap = []
    for i, w in enumerate(weights):
        if w <= 0:
            continue
        item = (u[i] ** (1.0 / w), -i)
        if len(heap) < k:
            heapq.heappush(heap, item)
        elif k > 0 and item > heap[0]:
            heapq.heapreplace(heap, item)
    chosen = sorted(heap, reverse=True)
    return np.array([-neg_i for _, neg_i in chosen], dtype=np.int64)
