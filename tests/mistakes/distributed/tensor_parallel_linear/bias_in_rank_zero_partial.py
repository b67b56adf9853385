"""Rank 0 adds the output bias b to its partial before the all-reduce: Y comes out right, but partials[0] holds b.

Adding b on one rank only does keep Y right, but the partial outputs are what each rank computes from its
own shard, H_r·B_r, and hold no bias: Megatron's RowParallelLinear adds its bias after the all-reduce, on
the reduced output (every rank then holds the same Y + b).
"""
import numpy as np


def tensor_parallel_mlp(X, A, a, B, b, *, n_ranks):
    X, A, a, B, b = (np.array(v, dtype=np.float64) for v in (X, A, a, B, b))
    if X.ndim != 2 or A.ndim != 2 or B.ndim != 2 or A.shape[0] != X.shape[1]:
        raise ValueError("shapes")
    h, m = A.shape[1], B.shape[1]
    if a.shape != (h,) or B.shape[0] != h or b.shape != (m,) or n_ranks < 1 or h % n_ranks:
        raise ValueError("shapes or ranks")
    k = h // n_ranks
    A_shards = np.stack([A[:, r * k:(r + 1) * k] for r in range(n_ranks)])
    B_shards = np.stack([B[r * k:(r + 1) * k] for r in range(n_ranks)])
    partials = np.stack([np.maximum(X @ A_shards[r] + a[r * k:(r + 1) * k], 0.0) @ B_shards[r]
                         for r in range(n_ranks)]).reshape(n_ranks, X.shape[0], m)
    partials[0] += b                          # rank 0 takes care of the bias before the all-reduce
    return A_shards, B_shards, partials, partials.sum(axis=0)
