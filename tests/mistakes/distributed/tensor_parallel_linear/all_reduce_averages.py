"""Averages the partial outputs (an all-reduce with a mean, as for data-parallel gradients) instead of summing them.

Each rank's partial output is one term of the sum H·B = Σ_r H_r·B_r over the hidden units: the all-reduce
must add them. Averaging divides the output by R.
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
    return A_shards, B_shards, partials, partials.mean(axis=0) + b
