"""RoPE as explicit 2 × 2 rotation blocks in an (T, hd, hd) matrix; attention with einsum and a large-negative-free mask."""
import numpy as np


def llama_block(x, params, n_heads, n_kv_heads, positions, eps=1e-6, base=10000.0):
    N, T, D = x.shape
    hd = D // n_heads
    pos = np.asarray(positions, dtype=np.float64)
    R = np.zeros((T, hd, hd))
    for i in range(hd // 2):
        ang = pos * base ** (-2.0 * i / hd)
        c, s = np.cos(ang), np.sin(ang)
        R[:, 2 * i, 2 * i], R[:, 2 * i, 2 * i + 1] = c, -s
        R[:, 2 * i + 1, 2 * i], R[:, 2 * i + 1, 2 * i + 1] = s, c

    def norm(z, g):
        return z * (1.0 / np.sqrt(np.mean(np.square(z), axis=-1, keepdims=True) + eps)) * g

    z = norm(x, params["attn_norm"])
    q = np.einsum("tij,ntHj->nHti", R, (z @ params["wq"]).reshape(N, T, n_heads, hd))
    k = np.einsum("tij,ntGj->nGti", R, (z @ params["wk"]).reshape(N, T, n_kv_heads, hd))
    v = (z @ params["wv"]).reshape(N, T, n_kv_heads, hd).transpose(0, 2, 1, 3)
    kv_of = np.arange(n_heads) // (n_heads // n_kv_heads)
    k, v = k[:, kv_of], v[:, kv_of]
    s = np.einsum("nhid,nhjd->nhij", q, k) / np.sqrt(hd)
    allowed = np.tril(np.ones((T, T), dtype=bool))
    s = np.where(allowed, s, -np.inf)
    w = np.exp(s - np.max(s, axis=-1, keepdims=True))
    w = w / np.sum(w, axis=-1, keepdims=True)
    o = np.einsum("nhij,nhjd->nihd", w, v).reshape(N, T, D)
    h = x + o @ params["wo"]
    z = norm(h, params["mlp_norm"])
    a = z @ params["w_gate"]
    sig = np.exp(-np.logaddexp(0.0, -a))
    return h + ((a * sig) * (z @ params["w_up"])) @ params["w_down"]
