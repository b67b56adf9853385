"""Query head h mapped to K/V head h % G (np.tile) instead of h // (H/G) (np.repeat).

Groups are consecutive: query heads 0 … H/G − 1 share K/V head 0. np.tile(k, (1, H//G, 1, 1))
cycles through the K/V heads (0, 1, 0, 1, …); np.repeat(k, H//G, axis=1) gives (0, 0, 1, 1, …).
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
    k = split(x @ Wk, n_kv_heads)
    v = split(x @ Wv, n_kv_heads)
    k = np.tile(k, (1, group, 1, 1))
    v = np.tile(v, (1, group, 1, 1))
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
