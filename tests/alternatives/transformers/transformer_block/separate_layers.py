"""Separate module-level layers (layer norm with a manual variance, per-head loop, tanh GELU via cosh-free form)."""
import numpy as np


def layer_norm(z, gamma, beta):
    centred = z - z.sum(axis=-1, keepdims=True) / z.shape[-1]
    var = (centred ** 2).sum(axis=-1, keepdims=True) / z.shape[-1]
    return gamma * centred / (var + 1e-5) ** 0.5 + beta


def gelu(u):
    # ½(1 + tanh(a)) = σ(2a): the same function written with a sigmoid
    a = np.sqrt(2.0 / np.pi) * (u + 0.044715 * u ** 3)
    return u / (1.0 + np.exp(-2.0 * a))


def attention(z, Wq, Wk, Wv, Wo, n_heads, mask):
    N, T, D = z.shape
    Dh = D // n_heads
    allowed = np.broadcast_to(True if mask is None else mask, (N, n_heads, T, T))
    heads = []
    for h in range(n_heads):
        cols = slice(h * Dh, (h + 1) * Dh)
        q, k, v = z @ Wq[:, cols], z @ Wk[:, cols], z @ Wv[:, cols]
        s = np.where(allowed[:, h], q @ k.transpose(0, 2, 1) / np.sqrt(Dh), -np.inf)
        top = s.max(axis=-1, keepdims=True)
        top[np.isinf(top)] = 0.0
        e = np.exp(s - top)
        total = e.sum(axis=-1, keepdims=True)
        heads.append((e / np.maximum(total, 1e-300)) @ v)
    return np.concatenate(heads, axis=-1) @ Wo


def transformer_block(x, ln1, attn, ln2, mlp, n_heads, mask=None):
    if x.shape[-1] % n_heads:
        raise ValueError("n_heads must divide D")
    W1, b1, W2, b2 = mlp
    h = x + attention(layer_norm(x, *ln1), *attn, n_heads, mask)
    return h + gelu(layer_norm(h, *ln2) @ W1 + b1) @ W2 + b2
