"""A loop over query heads: head h slices its own Q block and K/V block h // (H/G) from the projections."""
import numpy as np


def grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads, n_kv_heads, mask=None):
    N, T, D = x.shape
    if D % n_heads or n_heads % n_kv_heads:
        raise ValueError("H must divide D and G must divide H")
    Dh = D // n_heads
    per_group = n_heads // n_kv_heads
    allowed = np.broadcast_to(True if mask is None else mask, (N, n_heads, T, T))
    out = np.zeros((N, T, D))
    for h in range(n_heads):
        g = h // per_group
        q = x @ Wq[:, h * Dh:(h + 1) * Dh]
        k = x @ Wk[:, g * Dh:(g + 1) * Dh]
        v = x @ Wv[:, g * Dh:(g + 1) * Dh]
        s = q @ np.swapaxes(k, 1, 2) / np.sqrt(Dh)
        for n in range(N):
            for i in range(T):
                keys = allowed[n, h, i]
                if keys.any():
                    w = np.exp(s[n, i, keys] - s[n, i, keys].max())
                    out[n, i, h * Dh:(h + 1) * Dh] = (w / w.sum()) @ v[n, keys]
    return out @ Wo
