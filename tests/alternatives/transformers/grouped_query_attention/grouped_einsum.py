"""No repeat at all: queries reshaped to (N, G, H/G, T, Dh) so each K/V head broadcasts over its group."""
import numpy as np


def grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads, n_kv_heads, mask=None):
    N, T, D = x.shape
    if n_heads <= 0 or D % n_heads != 0 or n_kv_heads <= 0 or n_heads % n_kv_heads != 0:
        raise ValueError("bad head counts")
    H, G = n_heads, n_kv_heads
    Dh, r = D // H, H // G
    q = (x @ Wq).reshape(N, T, G, r, Dh)                 # head h = g·r + j: consecutive groups
    k = (x @ Wk).reshape(N, T, G, Dh)
    v = (x @ Wv).reshape(N, T, G, Dh)
    s = np.einsum("nigre,njge->ngrij", q, k) / np.sqrt(Dh)
    allowed = np.broadcast_to(np.True_ if mask is None else mask, (N, H, T, T)).reshape(N, G, r, T, T)
    s = np.where(allowed, s, -np.inf)
    m = s.max(axis=-1, keepdims=True)
    e = np.exp(s - np.where(np.isfinite(m), m, 0.0))
    z = e.sum(axis=-1, keepdims=True)
    w = np.divide(e, z, out=np.zeros_like(e), where=z > 0)
    o = np.einsum("ngrij,njge->nigre", w, v).reshape(N, T, D)
    return o @ Wo
