"""Deals the hidden units out round-robin (rank r gets units r, r + R, ...) instead of in consecutive blocks of h / R.

Y comes out right, but the shards are not the stated ones: rank r holds the CONSECUTIVE columns r·k … r·k + k − 1
of A (and the same rows of B), as Megatron's ColumnParallelLinear splits its weight.
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
    A_shards = np.stack([A[:, r::n_ranks] for r in range(n_ranks)])
    B_shards = np.stack([B[r::n_ranks] for r in range(n_ranks)])
    partials = np.stack([np.maximum(X @ A_shards[r] + a[r::n_ranks], 0.0) @ B_shards[r]
                         for r in range(n_ranks)]).reshape(n_ranks, X.shape[0], m)
    return A_shards, B_shards, partials, partials.sum(axis=0) + b
