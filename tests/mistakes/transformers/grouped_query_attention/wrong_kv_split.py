"""K and V split with a straight reshape to (N, G, T, Dh), mixing tokens and features.

Split the LAST axis into heads: reshape (N, T, G, Dh), then transpose(0, 2, 1, 3).
"""
import numpy as np


def grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads, n_kv_heads, mask=None):
    N, T, D = x.shape
    if n_heads < 1 or D % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} must divide the width D = {D}")
    if n_kv_heads < 1 or n_heads % n_kv_heads != 0:
        raise ValueError(f"n_kv_heads = {n_kv_heads} must divide n_heads = {n_heads}")
    Dh = D // n_heads
    group = n_heads // n_kv_heads

    def split(a, heads):
        return a.reshape(N, T, heads, Dh).transpose(0, 2, 1, 3)

    q = split(x @ Wq, n_heads)
    k = (x @ Wk).reshape(N, n_kv_heads, T, Dh)
    v = (x @ Wv).reshape(N, n_kv_heads, T, Dh)
    k = np.repeat(k, group, axis=1)
    v = np.repeat(v, group, axis=1)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(Dh)
    allowed = np.ones(scores.shape, dtype=bool) if mask is None else np.broadcast_to(mask, scores.shape)
    scores = np.where(allowed, scores, -np.inf)
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)
    exps = np.exp(scores - row_max)
    totals = exps.sum(axis=-1, keepdims=True)
    weights = exps / np.where(totals > 0, totals, 1.0)
    merged = (weights @ v).transpose(0, 2, 1, 3).reshape(N, T, D)
    return merged @ Wo
