"""Row by row: each query's kept columns, a log-sum-exp with math, the gradient accumulated per pair (a, b)."""
import math

import numpy as np


def in_batch_softmax_loss(U, V, item_ids, log_q, *, temperature):
    U, V = np.array(U, dtype=float), np.array(V, dtype=float)
    ids, log_q = list(np.asarray(item_ids).tolist()), np.asarray(log_q, dtype=float)
    if U.ndim != 2 or V.shape != U.shape or len(U) == 0:
        raise ValueError("U, V")
    B = len(U)
    if len(ids) != B or np.ndim(item_ids) != 1 or log_q.shape != (B,):
        raise ValueError("item_ids, log_q")
    if not temperature > 0:
        raise ValueError("temperature")
    grad_U, grad_V = np.zeros_like(U), np.zeros_like(V)
    total = 0.0
    for a in range(B):
        cols = [b for b in range(B) if b == a or ids[b] != ids[a]]
        z = {b: float(U[a] @ V[b]) / temperature - float(log_q[b]) for b in cols}
        top = max(z.values())
        lse = top + math.log(sum(math.exp(v - top) for v in z.values()))
        total += lse - z[a]
        for b in cols:
            weight = math.exp(z[b] - lse) - (1.0 if b == a else 0.0)
            grad_U[a] += weight * V[b] / (temperature * B)
            grad_V[b] += weight * U[a] / (temperature * B)
    return total / B, grad_U, grad_V
