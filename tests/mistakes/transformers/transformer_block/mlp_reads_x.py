"""The MLP reads LN2(x) instead of LN2(h): the attention's output never reaches the MLP.

The two sub-layers are chained: h = x + MHA(LN1(x)) is the new residual stream, and the MLP
sub-layer normalises h, not the block's input.
"""
import numpy as np


def transformer_block(x, ln1, attn, ln2, mlp, n_heads, mask=None):
    N, T, D = x.shape
    if n_heads < 1 or D % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} must divide the width D = {D}")

    def layer_norm(z, gamma, beta, eps=1e-5):
        mean = z.mean(axis=-1, keepdims=True)
        var = z.var(axis=-1, keepdims=True)
        return (z - mean) / np.sqrt(var + eps) * gamma + beta

    def gelu(u):
        return 0.5 * u * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (u + 0.044715 * u ** 3)))

    def self_attention(z):
        Wq, Wk, Wv, Wo = attn
        Dh = D // n_heads

        def split(a):
            return a.reshape(N, T, n_heads, Dh).transpose(0, 2, 1, 3)

        q, k, v = split(z @ Wq), split(z @ Wk), split(z @ Wv)
        scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(Dh)
        allowed = np.ones(scores.shape, dtype=bool) if mask is None else np.broadcast_to(mask, scores.shape)
        scores = np.where(allowed, scores, -np.inf)
        row_max = scores.max(axis=-1, keepdims=True)
        row_max = np.where(np.isfinite(row_max), row_max, 0.0)
        exps = np.exp(scores - row_max)
        totals = exps.sum(axis=-1, keepdims=True)
        weights = exps / np.where(totals > 0, totals, 1.0)
        merged = (weights @ v).transpose(0, 2, 1, 3).reshape(N, T, D)
        return merged @ Wo

    W1, b1, W2, b2 = mlp
    h = x + self_attention(layer_norm(x, *ln1))
    return h + gelu(layer_norm(x, *ln2) @ W1 + b1) @ W2 + b2
