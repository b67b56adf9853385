"""Every product an einsum; the projection weights viewed as (D, H, Dh) blocks."""
import numpy as np


def transformer_block(x, ln1, attn, ln2, mlp, n_heads, mask=None):
    N, T, D = x.shape
    if D % n_heads != 0:
        raise ValueError("n_heads must divide D")
    H, Dh = n_heads, D // n_heads

    def ln(z, g, b):
        mu = np.mean(z, axis=-1, keepdims=True)
        sd = np.sqrt(np.mean((z - mu) ** 2, axis=-1, keepdims=True) + 1e-5)
        return (z - mu) / sd * g + b

    Wq, Wk, Wv, Wo = attn
    z = ln(x, *ln1)
    q = np.einsum("ntd,dhe->nhte", z, Wq.reshape(D, H, Dh))
    k = np.einsum("ntd,dhe->nhte", z, Wk.reshape(D, H, Dh))
    v = np.einsum("ntd,dhe->nhte", z, Wv.reshape(D, H, Dh))
    s = np.einsum("nhie,nhje->nhij", q, k) / np.sqrt(Dh)
    allowed = np.broadcast_to(np.True_ if mask is None else mask, s.shape)
    s = np.where(allowed, s, -np.inf)
    top = np.max(s, axis=-1, keepdims=True)
    e = np.exp(s - np.where(np.isneginf(top), 0.0, top))
    tot = e.sum(axis=-1, keepdims=True)
    w = np.divide(e, tot, out=np.zeros_like(e), where=tot > 0)
    h = x + np.einsum("nhie,hef->nif", np.einsum("nhij,nhje->nhie", w, v), Wo.reshape(H, Dh, D))
    W1, b1, W2, b2 = mlp
    u = np.einsum("ntd,df->ntf", ln(h, *ln2), W1) + b1
    g = 0.5 * u * (1 + np.tanh(0.7978845608028654 * (u + 0.044715 * u ** 3)))
    return h + np.einsum("ntf,fd->ntd", g, W2) + b2
