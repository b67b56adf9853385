"""Query head h uses K/V head h % H_kv (np.tile) instead of h // (H / H_kv) (np.repeat).

Groups are consecutive: heads 0 … H/H_kv − 1 share K/V head 0 (LLaMA's repeat_kv).
"""
import numpy as np


def llama_block(x, params, n_heads, n_kv_heads, positions, eps=1e-6, base=10000.0):
    N, T, D = x.shape
    hd = D // n_heads

    def rms_norm(z, g):
        return z / np.sqrt(np.mean(z * z, axis=-1, keepdims=True) + eps) * g

    def heads(z, count):                               # (N, T, count·hd) -> (N, count, T, hd)
        return z.reshape(N, T, count, hd).transpose(0, 2, 1, 3)

    def rope(z):
        theta = base ** (-2.0 * np.arange(hd // 2) / hd)
        angle = np.asarray(positions, dtype=np.float64)[:, None] * theta[None, :]   # (T, hd/2)
        cos, sin = np.cos(angle), np.sin(angle)
        even, odd = z[..., 0::2], z[..., 1::2]
        out = np.empty(z.shape)
        out[..., 0::2] = even * cos - odd * sin
        out[..., 1::2] = even * sin + odd * cos
        return out

    z = rms_norm(x, params["attn_norm"])
    q = rope(heads(z @ params["wq"], n_heads))
    k = rope(heads(z @ params["wk"], n_kv_heads))
    v = heads(z @ params["wv"], n_kv_heads)
    group = n_heads // n_kv_heads
    k, v = np.tile(k, (1, group, 1, 1)), np.tile(v, (1, group, 1, 1))  # head h meets h // group
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd)
    causal = np.tril(np.ones((T, T), dtype=bool))
    scores = np.where(causal, scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    attended = (weights @ v).transpose(0, 2, 1, 3).reshape(N, T, D)
    h = x + attended @ params["wo"]

    z = rms_norm(h, params["mlp_norm"])
    a = z @ params["w_gate"]
    e = np.exp(-np.abs(a))
    sigma = np.where(a >= 0, 1.0 / (1.0 + e), e / (1.0 + e))
    return h + (a * sigma * (z @ params["w_up"])) @ params["w_down"]
