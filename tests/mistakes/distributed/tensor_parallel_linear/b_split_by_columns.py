"""Splits B by COLUMNS: each rank then needs the whole hidden layer (an all-gather) and owns a slice of the output.

Y comes out right at the price of a second communication, and the shards and partials are not the stated ones:
B is split by ROWS, matching the hidden slice each rank already has, and every partial output is full width.
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
    if m % n_ranks:
        raise ValueError("m must be a multiple of R to split B by columns")
    c = m // n_ranks
    A_shards = np.stack([A[:, r * k:(r + 1) * k] for r in range(n_ranks)])
    H = np.concatenate([np.maximum(X @ A_shards[r] + a[r * k:(r + 1) * k], 0.0) for r in range(n_ranks)], axis=1)
    B_shards = np.stack([B[:, r * c:(r + 1) * c] for r in range(n_ranks)])
    partials = np.stack([H @ B_shards[r] for r in range(n_ranks)]).reshape(n_ranks, X.shape[0], c)
    return A_shards, B_shards, partials, np.concatenate(list(partials), axis=1).reshape(X.shape[0], m) + b
