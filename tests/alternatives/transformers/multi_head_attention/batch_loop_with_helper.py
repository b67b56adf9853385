"""A helper for one (T, Dh) head, looped over batch and heads; heads written into column blocks of the merged array."""
import numpy as np


def _one_head(q, k, v, allowed):
    scores = q @ k.T / np.sqrt(q.shape[1])
    scores = np.where(allowed, scores, -np.inf)
    out = np.zeros((q.shape[0], v.shape[1]))
    for i in range(q.shape[0]):
        if not allowed[i].any():
            continue                               # nothing to attend to: zeros
        e = np.exp(scores[i] - scores[i][allowed[i]].max())
        out[i] = (e / e.sum()) @ v
    return out


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    N, T, D = x.shape
    if n_heads <= 0 or D % n_heads:
        raise ValueError("n_heads must divide D")
    Dh = D // n_heads
    Q, K, V = x @ Wq, x @ Wk, x @ Wv
    full = np.broadcast_to(np.ones((T, T), bool) if mask is None else mask, (N, n_heads, T, T))
    merged = np.empty((N, T, D))
    for n in range(N):
        for h in range(n_heads):
            block = slice(h * Dh, (h + 1) * Dh)
            merged[n, :, block] = _one_head(Q[n, :, block], K[n, :, block], V[n, :, block], full[n, h])
    return merged @ Wo
