"""Subtracts the maximum of ALL the scores, masked ones included: a huge masked score underflows every allowed weight to 0.

The shift must be the largest ALLOWED score of the row: take the maximum after masking (with
−inf in the masked entries), and use 0 for a fully masked row.
"""
import numpy as np
def scaled_dot_product_attention(q, k, v, mask=None):
    D = q.shape[-1]
    s = np.einsum("...qd,...kd->...qk", q, k) / np.sqrt(D)
    allowed = np.broadcast_to(True if mask is None else mask, s.shape)
    neg = np.where(allowed, s, -np.inf)
    m = s.max(axis=-1, keepdims=True)
    m[~np.isfinite(m)] = 0.0
    e = np.exp(neg - m)
    z = e.sum(axis=-1, keepdims=True)
    w = e / np.where(z == 0, 1.0, z)
    return w @ v, w
