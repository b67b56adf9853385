"""dk leaves out the 1/√D scale (dq has it): K enters the scores through the same scaled product as Q.

S = Q Kᵀ · (1/√D): dK = dSᵀ Q · (1/√D), exactly like dQ = dS K · (1/√D).
"""
import numpy as np


def attention_backward(q, k, v, d_output, mask=None):
    scale = 1.0 / np.sqrt(q.shape[-1])
    scores = (q @ np.swapaxes(k, -1, -2)) * scale
    if mask is None:
        mask = np.ones(scores.shape, dtype=bool)
    mask = np.broadcast_to(mask, scores.shape)
    masked = np.where(mask, scores, -np.inf)
    row_max = masked.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)      # a fully masked row: no max
    e = np.where(mask, np.exp(masked - row_max), 0.0)
    total = e.sum(axis=-1, keepdims=True)
    p = e / np.where(total > 0, total, 1.0)                      # fully masked row stays 0

    dv = np.swapaxes(p, -1, -2) @ d_output                       # O = P V
    dp = d_output @ np.swapaxes(v, -1, -2)
    # softmax backward, row by row: dS_j = P_j (dP_j − Σ_k P_k dP_k)
    ds = p * (dp - (p * dp).sum(axis=-1, keepdims=True))
    dq = (ds @ k) * scale                                        # S = Q Kᵀ · scale
    dk = np.swapaxes(ds, -1, -2) @ q                             # the mistake: no scale here
    return dq, dk, dv
