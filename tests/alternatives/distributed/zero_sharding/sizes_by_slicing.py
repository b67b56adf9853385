"""Shard sizes from divmod with the first `rem` bumped by one, edges by np.add.accumulate; replicated and sharded byte counts summed by stage."""
import numpy as np


def zero_sharding(n_params, n_ranks, stage, bytes_param=2, bytes_grad=2, bytes_optim=12):
    for v in (n_params, n_ranks, stage, bytes_param, bytes_grad, bytes_optim):
        if isinstance(v, bool) or not isinstance(v, int):
            raise ValueError("int expected")
    if not 0 <= stage <= 3:
        raise ValueError("stage")
    if n_ranks <= 0 or n_params < 0 or bytes_param < 0 or bytes_grad < 0 or bytes_optim < 0:
        raise ValueError("range")
    q, rem = divmod(n_params, n_ranks)
    sizes = np.full(n_ranks, q, dtype=np.int64)
    sizes[:rem] += 1
    edges = np.concatenate([[0], np.add.accumulate(sizes)]).astype(np.int64)
    shards = np.column_stack([edges[:-1], edges[1:]])
    replicated = [bytes_param, bytes_grad, bytes_optim][:3 - stage]     # stage s shards the last s of (P, G, O)
    sharded = [bytes_param, bytes_grad, bytes_optim][3 - stage:]
    per_rank = np.int64(sum(replicated)) * np.int64(n_params) + np.int64(sum(sharded)) * sizes
    return shards, per_rank.astype(np.int64)
