"""A loop over heads: head h uses the column block h·Dh … (h+1)·Dh − 1 of each projection; outputs concatenated."""
import numpy as np


def _attend(q, k, v, allowed):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    out = np.zeros((q.shape[0], q.shape[1], v.shape[-1]))
    for n in range(q.shape[0]):
        for i in range(q.shape[1]):
            keys = np.flatnonzero(allowed[n, i])
            if keys.size == 0:
                continue
            s = scores[n, i, keys]
            w = np.exp(s - s.max())
            w /= w.sum()
            out[n, i] = w @ v[n, keys]
    return out


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    N, T, D = x.shape
    if D % n_heads:
        raise ValueError("n_heads must divide D")
    Dh = D // n_heads
    full = np.ones((N, n_heads, T, T), dtype=bool) if mask is None else np.broadcast_to(mask, (N, n_heads, T, T))
    outputs = []
    for h in range(n_heads):
        cols = slice(h * Dh, (h + 1) * Dh)
        outputs.append(_attend(x @ Wq[:, cols], x @ Wk[:, cols], x @ Wv[:, cols], full[:, h]))
    return np.concatenate(outputs, axis=-1) @ Wo
