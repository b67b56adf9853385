"""Blocks by reshaping: A (d, h) -> (d, R, k) -> (R, d, k); B (h, m) -> (R, k, m); partials by one einsum."""
import numpy as np


def tensor_parallel_mlp(X, A, a, B, b, *, n_ranks):
    X, A, a, B, b = [np.array(v, dtype=np.float64, copy=True) for v in (X, A, a, B, b)]
    if min(X.ndim, A.ndim, B.ndim) != 2 or max(X.ndim, A.ndim, B.ndim) != 2:
        raise ValueError("2-D X, A, B")
    d, h = A.shape
    if X.shape[1] != d or a.shape != (h,) or B.shape[0] != h or b.shape != (B.shape[1],):
        raise ValueError("shapes")
    if not isinstance(n_ranks, int) or n_ranks < 1 or h % n_ranks != 0:
        raise ValueError("n_ranks")
    k = h // n_ranks
    A_shards = A.reshape(d, n_ranks, k).transpose(1, 0, 2).copy()
    B_shards = B.reshape(n_ranks, k, B.shape[1]).copy()
    hidden = np.maximum(np.einsum("nd,rdk->rnk", X, A_shards) + a.reshape(n_ranks, 1, k), 0.0)
    partials = np.einsum("rnk,rkm->rnm", hidden, B_shards)
    Y = np.einsum("rnm->nm", partials) + b          # the all-reduce: a sum over the rank axis
    return A_shards, B_shards, partials, Y
