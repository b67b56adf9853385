"""Loops over every query row and multiplies by the softmax's full Jacobian diag(p) − p pᵀ."""
import numpy as np


def attention_backward(q, k, v, d_output, mask=None):
    q, k, v, d_output = (np.asarray(a, dtype=np.float64) for a in (q, k, v, d_output))
    lead = np.broadcast_shapes(q.shape[:-2], k.shape[:-2])
    tq, tk = q.shape[-2], k.shape[-2]
    full_mask = np.broadcast_to(np.ones((tq, tk), dtype=bool) if mask is None else mask, lead + (tq, tk))
    dq, dk, dv = np.zeros(q.shape), np.zeros(k.shape), np.zeros(v.shape)
    d = q.shape[-1]
    for index in np.ndindex(*lead):
        Q, K, V, G, M = q[index], k[index], v[index], d_output[index], full_mask[index]
        for i in range(tq):
            allowed = M[i]
            if not allowed.any():
                continue
            s = K @ Q[i] / np.sqrt(d)
            s_allowed = s[allowed] - s[allowed].max()
            p = np.zeros(tk)
            p[allowed] = np.exp(s_allowed) / np.exp(s_allowed).sum()
            dv[index] += np.outer(p, G[i])
            dp = V @ G[i]
            ds = (np.diag(p) - np.outer(p, p)) @ dp
            dq[index][i] += ds @ K / np.sqrt(d)
            dk[index] += np.outer(ds, Q[i]) / np.sqrt(d)
    return dq, dk, dv
