"""Heads merged without transposing back: (N, H, T, Dh) reshaped straight to (N, T, D).

The merge must undo the split: first .transpose(0, 2, 1, 3) to (N, T, H, Dh), so that each
token's heads sit together, then .reshape(N, T, D).
"""
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    N, T, D = x.shape
    if n_heads < 1 or D % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} must divide the width D = {D}")
    Dh = D // n_heads

    def split(a):
        return a.reshape(N, T, n_heads, Dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(Dh)
    allowed = np.ones(scores.shape, dtype=bool) if mask is None else np.broadcast_to(mask, scores.shape)
    scores = np.where(allowed, scores, -np.inf)
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)
    exps = np.exp(scores - row_max)
    totals = exps.sum(axis=-1, keepdims=True)
    weights = exps / np.where(totals > 0, totals, 1.0)
    heads = weights @ v
    merged = heads.reshape(N, T, D)
    return merged @ Wo
