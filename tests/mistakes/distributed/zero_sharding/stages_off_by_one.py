"""Shards one quantity too many at each stage (stage 1 already shards the gradients): stage s shards s quantities, optimizer state first.

Stage 1: optimizer state; stage 2: + gradients; stage 3: + parameters.
"""
import numpy as np


def zero_sharding(n_params, n_ranks, stage, bytes_param=2, bytes_grad=2, bytes_optim=12):
    for value in (n_params, n_ranks, stage, bytes_param, bytes_grad, bytes_optim):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise ValueError("ints")
    if stage not in (0, 1, 2, 3):
        raise ValueError("stage")
    if n_ranks < 1 or n_params < 0 or min(bytes_param, bytes_grad, bytes_optim) < 0:
        raise ValueError("ranges")
    base, extra = divmod(int(n_params), int(n_ranks))
    shard = np.array([base + (1 if r < extra else 0) for r in range(n_ranks)], dtype=np.int64)
    stops = np.cumsum(shard)
    shards = np.stack([stops - shard, stops], axis=1)
    total = np.int64(n_params)
    per_rank = ((shard if stage >= 2 else total) * bytes_param
                + (shard if stage >= 1 else total) * bytes_grad
                + (shard if stage >= 0 else total) * bytes_optim)
    return shards, np.broadcast_to(per_rank, (n_ranks,)).astype(np.int64)
