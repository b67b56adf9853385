"""np.hsplit / np.vsplit into R equal blocks; the all-reduce as np.sum over the rank axis."""
import numpy as np


def tensor_parallel_mlp(X, A, a, B, b, *, n_ranks):
    X = np.asarray(X, dtype=float)
    A = np.asarray(A, dtype=float)
    a = np.asarray(a, dtype=float)
    B = np.asarray(B, dtype=float)
    b = np.asarray(b, dtype=float)
    if X.ndim != 2 or A.ndim != 2 or B.ndim != 2:
        raise ValueError("X, A, B must be 2-D")
    if A.shape[0] != X.shape[1] or a.shape != (A.shape[1],) or B.shape[0] != A.shape[1] or b.shape != (B.shape[1],):
        raise ValueError("shapes do not fit")
    if n_ranks < 1 or A.shape[1] % n_ranks:
        raise ValueError("R must divide h")
    A_shards = np.array(np.hsplit(A, n_ranks))
    a_shards = np.split(a, n_ranks)
    B_shards = np.array(np.vsplit(B, n_ranks))
    partials = np.array([np.maximum(X @ Ar + ar, 0) @ Br for Ar, ar, Br in zip(A_shards, a_shards, B_shards)])
    partials = partials.reshape(n_ranks, X.shape[0], B.shape[1])
    return A_shards, B_shards, partials, partials.sum(axis=0) + b
