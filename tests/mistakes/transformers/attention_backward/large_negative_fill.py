"""Masked scores filled with −1e9: a fully masked row gets uniform weights and passes gradient.

A fully masked row has P = 0 (as in the forward kata): mask with −∞ and keep that row all zeros, so it passes nothing to dq, dk, dv.
"""
import numpy as np


def attention_backward(q, k, v, d_output, mask=None):
    scale = 1.0 / np.sqrt(q.shape[-1])
    scores = (q @ np.swapaxes(k, -1, -2)) * scale
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    p = e / e.sum(axis=-1, keepdims=True)

    dv = np.swapaxes(p, -1, -2) @ d_output                       # O = P V
    dp = d_output @ np.swapaxes(v, -1, -2)
    # softmax backward, row by row: dS_j = P_j (dP_j − Σ_k P_k dP_k)
    ds = p * (dp - (p * dp).sum(axis=-1, keepdims=True))
    dq = (ds @ k) * scale                                        # S = Q Kᵀ · scale
    dk = (np.swapaxes(ds, -1, -2) @ q) * scale
    return dq, dk, dv
