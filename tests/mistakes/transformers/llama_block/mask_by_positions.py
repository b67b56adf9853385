"""The causal mask compares positions instead of indices: repeated or out-of-order positions let a token see later ones.

positions only set the RoPE angles; token t attends to tokens 0 … t by their index in the
sequence: np.tril(np.ones((T, T), bool)), whatever the positions.
"""
import numpy as np


def llama_block(x, params, n_heads, n_kv_heads, positions, eps=1e-6, base=10000.0):
    N, T, D = x.shape
    hd = D // n_heads
    pos = np.asarray(positions)

    def rms_norm(z, g):
        return z / np.sqrt(np.mean(z * z, axis=-1, keepdims=True) + eps) * g

    def heads(z, count):
        return z.reshape(N, T, count, hd).transpose(0, 2, 1, 3)

    def rope(z):
        theta = base ** (-2.0 * np.arange(hd // 2) / hd)
        angle = pos.astype(np.float64)[:, None] * theta[None, :]
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
    k, v = np.repeat(k, group, axis=1), np.repeat(v, group, axis=1)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(hd)
    causal = pos[None, :] <= pos[:, None]              # the mistake: by position
    scores = np.where(causal, scores, -np.inf)
    weights = np.exp(scores - scores.max(axis=-1, keepdims=True))
    weights /= weights.sum(axis=-1, keepdims=True)
    attended = (weights @ v).transpose(0, 2, 1, 3).reshape(N, T, D)
    h = x + attended @ params["wo"]

    z = rms_norm(h, params["mlp_norm"])
    a = z @ params["w_gate"]
    return h + (a / (1.0 + np.exp(-a)) * (z @ params["w_up"])) @ params["w_down"]
