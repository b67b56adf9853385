"""Loops over sequences and heads; RoPE through complex multiplication of the feature pairs."""
import numpy as np


def _rms(z, g, eps):
    return z / np.sqrt((z ** 2).mean(-1, keepdims=True) + eps) * g


def _rope(z, positions, base):
    T, hd = z.shape
    theta = base ** (-np.arange(0, hd, 2) / hd)
    rot = np.exp(1j * np.outer(np.asarray(positions, dtype=float), theta))
    c = (z[:, 0::2] + 1j * z[:, 1::2]) * rot
    out = np.empty((T, hd))
    out[:, 0::2], out[:, 1::2] = c.real, c.imag
    return out


def llama_block(x, params, n_heads, n_kv_heads, positions, eps=1e-6, base=10000.0):
    N, T, D = x.shape
    hd = D // n_heads
    group = n_heads // n_kv_heads
    out = np.empty(x.shape)
    for n in range(N):
        z = _rms(x[n], params["attn_norm"], eps)
        Q, K, V = z @ params["wq"], z @ params["wk"], z @ params["wv"]
        merged = np.empty((T, D))
        for h in range(n_heads):
            g = h // group
            q = _rope(Q[:, h * hd:(h + 1) * hd], positions, base)
            k = _rope(K[:, g * hd:(g + 1) * hd], positions, base)
            v = V[:, g * hd:(g + 1) * hd]
            for i in range(T):
                s = k[:i + 1] @ q[i] / np.sqrt(hd)
                w = np.exp(s - s.max())
                merged[i, h * hd:(h + 1) * hd] = (w / w.sum()) @ v[:i + 1]
        h_ = x[n] + merged @ params["wo"]
        z = _rms(h_, params["mlp_norm"], eps)
        a = z @ params["w_gate"]
        silu = a * 0.5 * (1.0 + np.tanh(0.5 * a))
        out[n] = h_ + (silu * (z @ params["w_up"])) @ params["w_down"]
    return out
