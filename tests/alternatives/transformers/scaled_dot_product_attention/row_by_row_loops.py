"""Plain Python loops over every batch index and every query row."""
import math

import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    *lead, tq, d = q.shape
    tk, dv = v.shape[-2], v.shape[-1]
    if mask is None:
        mask = np.ones((tq, tk), dtype=bool)
    mask = np.broadcast_to(mask, tuple(lead) + (tq, tk))
    output = np.zeros(tuple(lead) + (tq, dv))
    weights = np.zeros(tuple(lead) + (tq, tk))
    for index in np.ndindex(*lead):
        for i in range(tq):
            allowed = [j for j in range(tk) if mask[index + (i,)][j]]
            if not allowed:
                continue
            scores = [float(np.dot(q[index + (i,)], k[index + (j,)])) / math.sqrt(d) for j in allowed]
            top = max(scores)
            exps = [math.exp(s - top) for s in scores]
            total = sum(exps)
            for j, e in zip(allowed, exps):
                weights[index + (i, j)] = e / total
            output[index + (i,)] = weights[index + (i,)] @ v[index]
    return output, weights
