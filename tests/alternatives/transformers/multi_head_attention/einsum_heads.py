"""einsum with an explicit heads index: projections reshaped as (D, H, Dh) weights."""
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    N, T, D = x.shape
    if D % n_heads != 0:
        raise ValueError("n_heads must divide D")
    Dh = D // n_heads
    # W[:, h*Dh:(h+1)*Dh] is head h's block: as a (D, H, Dh) array
    q = np.einsum("ntd,dhe->nhte", x, Wq.reshape(D, n_heads, Dh))
    k = np.einsum("ntd,dhe->nhte", x, Wk.reshape(D, n_heads, Dh))
    v = np.einsum("ntd,dhe->nhte", x, Wv.reshape(D, n_heads, Dh))
    scores = np.einsum("nhie,nhje->nhij", q, k) / np.sqrt(Dh)
    allowed = np.broadcast_to(True if mask is None else mask, scores.shape)
    filled = np.where(allowed, scores, -np.inf)
    top = np.max(filled, axis=-1, keepdims=True)
    top[np.isneginf(top)] = 0.0
    e = np.exp(filled - top)
    z = e.sum(axis=-1, keepdims=True)
    w = np.divide(e, z, out=np.zeros_like(e), where=z > 0)
    heads = np.einsum("nhij,nhje->nhie", w, v)
    # Wo's rows h*Dh:(h+1)*Dh take head h's output
    return np.einsum("nhie,hef->nif", heads, Wo.reshape(n_heads, Dh, D))
