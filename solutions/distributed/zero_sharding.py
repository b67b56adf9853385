"""ZeRO sharding: who owns which parameters, and the bytes of model state per rank for stages 0–3.

Task
    Mixed-precision Adam keeps, per parameter, an fp16 weight (2 bytes), an fp16 gradient
    (2 bytes) and optimizer state (12 bytes: an fp32 master weight, momentum and variance).
    Plain data parallelism (stage 0) replicates all of it on every rank. ZeRO (Rajbhandari et
    al., 2020) shards it over N ranks:

        stage 0   nothing sharded
        stage 1   optimizer state sharded
        stage 2   optimizer state and gradients sharded
        stage 3   optimizer state, gradients and parameters sharded

    Ownership: the n_params parameters, in their flat order 0..n_params−1, are split into N
    consecutive shards as np.array_split does (the first n_params mod N shards one larger):
    rank r owns shard r. A sharded quantity is kept on a rank only for the parameters it owns;
    a replicated one for all n_params. So, with n_r the size of rank r's shard:

        bytes[r] = (P if params replicated else P·n_r) + (G if grads replicated else G·n_r)
                   + (O if optimizer state replicated else O·n_r), times n_params where replicated

    i.e. stage 0: (P + G + O)·n_params; stage 1: (P + G)·n_params + O·n_r;
    stage 2: P·n_params + (G + O)·n_r; stage 3: (P + G + O)·n_r,
    with P = bytes_param, G = bytes_grad, O = bytes_optim (defaults 2, 2, 12). Only model
    states are counted (no activations, no temporary buffers, no communication buffers).

Signature
    zero_sharding(n_params, n_ranks, stage, bytes_param=2, bytes_grad=2, bytes_optim=12) -> (shards, bytes_per_rank)

Shapes and types
    n_params     an int ≥ 0;  n_ranks  an int ≥ 1;  stage  0, 1, 2 or 3
    bytes_*      ints ≥ 0
    shards       a NEW (n_ranks, 2) int64 array: rank r owns the parameters j with
                 shards[r, 0] ≤ j < shards[r, 1] (start, stop; start = stop for an empty shard)
    bytes_per_rank   a NEW int64 array of length n_ranks

Example
    >>> shards, per_rank = zero_sharding(10, 3, 1)
    >>> shards
    array([[ 0,  4],
           [ 4,  7],
           [ 7, 10]])
    >>> per_rank            # 4·10 + 12·[4, 3, 3]
    array([88, 76, 76])
    >>> zero_sharding(10, 3, 3)[1]
    array([64, 48, 48])

Constraints
    numpy only; exact integer arithmetic (no float division: n_params need not be a multiple of
    N). Raise ValueError for a stage other than 0–3, n_ranks < 1, n_params < 0 or a negative
    byte count; ints only (bool is not accepted as an int here). With n_params < n_ranks some
    ranks own nothing. The hidden tests use n_params ≤ 10^15 (so never build an array of
    n_params entries; byte counts beyond 2^53, where float64 loses integers) and n_ranks ≤ 64.

    Coming from DeepSpeed: its memory estimators report the same model-state formulas for
    stages 1–3 with K = 12 in the even case; this kata uses array_split shards, so the ranks'
    bytes differ by at most one parameter's share when N does not divide n_params.

Time budget: 15 minutes.
"""
import numpy as np


def zero_sharding(n_params, n_ranks, stage, bytes_param=2, bytes_grad=2, bytes_optim=12):
    # BEGIN SOLUTION
    # Complexity: O(n_ranks) time and memory, independent of n_params.
    for value in (n_params, n_ranks, stage, bytes_param, bytes_grad, bytes_optim):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)):
            raise ValueError("every argument must be an int")
    if stage not in (0, 1, 2, 3):
        raise ValueError("stage must be 0, 1, 2 or 3")
    if n_ranks < 1 or n_params < 0 or min(bytes_param, bytes_grad, bytes_optim) < 0:
        raise ValueError("n_ranks ≥ 1, n_params ≥ 0 and byte counts ≥ 0")
    # array_split's shard sizes: the first n_params mod N shards get one more.
    base, extra = divmod(int(n_params), int(n_ranks))
    shard = np.array([base + (1 if r < extra else 0) for r in range(n_ranks)], dtype=np.int64)
    stops = np.cumsum(shard)
    shards = np.stack([stops - shard, stops], axis=1)
    sharded_optim = stage >= 1
    sharded_grads = stage >= 2
    sharded_params = stage >= 3
    total = np.int64(n_params)
    per_rank = ((shard if sharded_params else total) * bytes_param
                + (shard if sharded_grads else total) * bytes_grad
                + (shard if sharded_optim else total) * bytes_optim)
    return shards, np.broadcast_to(per_rank, (n_ranks,)).astype(np.int64)
    # END SOLUTION
