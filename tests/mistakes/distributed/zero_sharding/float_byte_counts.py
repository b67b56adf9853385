"""Adds the byte counts in floating point: beyond 2^53 (about 9·10^15 bytes) float64 cannot hold every integer, and the count is off.

Keep the arithmetic in integers (Python ints or int64): n_params and the shard sizes times the byte
counts are exact there, and a model of 10^15 parameters is not far-fetched for the byte counts.
"""
import numpy as np
def zero_sharding(n_params, n_ranks, stage, bytes_param=2, bytes_grad=2, bytes_optim=12):
    vals = [n_params, n_ranks, stage, bytes_param, bytes_grad, bytes_optim]
    if any(isinstance(v, bool) or not isinstance(v, int) for v in vals):
        raise ValueError
    if stage not in {0, 1, 2, 3} or n_ranks < 1 or n_params < 0 or min(vals[3:]) < 0:
        raise ValueError
    b, e = divmod(n_params, n_ranks)
    sz = [b + (r < e) for r in range(n_ranks)]
    start = 0
    sh, out = [], []
    for r in range(n_ranks):
        sh.append([start, start + sz[r]]); start += sz[r]
        P = sz[r] if stage == 3 else n_params
        G = sz[r] if stage >= 2 else n_params
        O = sz[r] if stage >= 1 else n_params
        out.append(float(P) * bytes_param + float(G) * bytes_grad + float(O) * bytes_optim)
    return np.array(sh, dtype=np.int64).reshape(-1, 2), np.array(out).astype(np.int64)
