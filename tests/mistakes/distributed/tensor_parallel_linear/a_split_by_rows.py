"""Splits A by ROWS (and X by columns), so each rank applies the ReLU to a partial sum of X·A: relu(Σ_r Z_r) ≠ Σ_r relu(Z_r).

A row block of A only sees some input features, so X·A_r is a partial sum of the pre-activation, and the
non-linearity cannot be applied until those are all-reduced. Split A by COLUMNS: each rank then holds complete
hidden units and applies relu locally.
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
    if X.shape[1] % n_ranks:
        raise ValueError("d must be a multiple of R to split A by rows")
    j = X.shape[1] // n_ranks
    A_shards = np.stack([A[r * j:(r + 1) * j] for r in range(n_ranks)])
    B_shards = np.stack([B[r * k:(r + 1) * k] for r in range(n_ranks)])
    partials = np.stack([np.maximum(X[:, r * j:(r + 1) * j] @ A_shards[r] + (a if r == 0 else 0.0), 0.0) @ B
                         for r in range(n_ranks)]).reshape(n_ranks, X.shape[0], m)
    return A_shards, B_shards, partials, partials.sum(axis=0) + b
