"""A pre-norm transformer block (GPT-2 style), forward pass.

Task
    Put the pieces together. With LN a layer norm, MHA multi-head self-attention and MLP a
    two-layer perceptron with a GELU between its layers, a PRE-norm block computes

        h   = x + MHA(LN1(x))
        out = h + MLP(LN2(h))         MLP(z) = GELU(z W1 + b1) W2 + b2

    Every sub-layer reads a normalised copy of the residual stream and adds its result back.

    LN(z)    = (z − mean) / √(var + eps) · gamma + beta, over the last axis (the D features of
               each token), var the biased (population) variance, eps = 1e-5
    GELU(u)  = ½·u·(1 + tanh(√(2/π)·(u + 0.044715·u³)))   (the tanh approximation, as GPT-2)
    MHA      exactly as in transformers/multi_head_attention: Q = z Wq, K = z Wk, V = z Wv,
             heads split as reshape (N, T, H, D/H) then transpose, scores / √(D/H), the mask
             (True = may attend) before the softmax, a fully masked row gives 0, heads merged
             and multiplied by Wo; no biases

Signature
    transformer_block(x, ln1, attn, ln2, mlp, n_heads, mask=None) -> out

Shapes and types
    x        a float64 array of shape (N, T, D)
    ln1      a tuple (gamma, beta) of float64 arrays of shape (D,); ln2 the same
    attn     a tuple (Wq, Wk, Wv, Wo) of float64 arrays of shape (D, D), used as z @ W
    mlp      a tuple (W1, b1, W2, b2): W1 (D, F), b1 (F,), W2 (F, D), b2 (D,); F the hidden width
    n_heads  an int H ≥ 1 that divides D
    mask     None or a bool array broadcasting to (N, H, T, T), e.g. a causal (T, T) mask
    returns  a float64 array of shape (N, T, D)

Example
    >>> x = np.array([[[2.0, 4.0]]])                       # N = T = 1, D = 2
    >>> ones, zeros, eye, Z = np.ones(2), np.zeros(2), np.eye(2), np.zeros((2, 2))
    >>> # attention copies LN1(x) = (−1, 1)/√(1 + 1e-5); the MLP adds b2 = (0, 10)
    >>> transformer_block(x, (ones, zeros), (Z, Z, eye, eye), (ones, zeros), (Z, zeros, Z, np.array([0.0, 10.0])), 1).round(6)
    array([[[ 1.000005, 14.999995]]])

Constraints
    numpy only. Returns a new array; inputs are not modified. Raise ValueError if n_heads does
    not divide D.
    Coming from PyTorch: nn.TransformerEncoderLayer is POST-norm by default (norm_first=False)
    and uses ReLU by default; with norm_first=True and activation="gelu" it is pre-norm, but its
    nn.GELU is the EXACT erf form (approximate="none"); ours is the tanh form, which is
    nn.GELU(approximate="tanh") (they differ by up to about 5e-4). nn.LayerNorm's default eps
    is 1e-5 and it uses the biased variance, as here. Its weights are stored as (out, in).

    The hidden tests use N ≤ 2, T ≤ 5, D ≤ 8, F ≤ 16, H ≤ 4.

Time budget: 30 minutes.
"""
import numpy as np


def transformer_block(x, ln1, attn, ln2, mlp, n_heads, mask=None):
    # BEGIN SOLUTION
    # Complexity: O(N·T·D·(D + F) + N·T²·D) time, O(N·H·T² + N·T·(D + F)) extra memory (F the MLP width).
    N, T, D = x.shape
    if n_heads < 1 or D % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} must divide the width D = {D}")

    def layer_norm(z, gamma, beta, eps=1e-5):
        mean = z.mean(axis=-1, keepdims=True)
        var = z.var(axis=-1, keepdims=True)              # biased: divides by D
        return (z - mean) / np.sqrt(var + eps) * gamma + beta

    def gelu(u):
        return 0.5 * u * (1.0 + np.tanh(np.sqrt(2.0 / np.pi) * (u + 0.044715 * u ** 3)))

    def self_attention(z):
        Wq, Wk, Wv, Wo = attn
        Dh = D // n_heads

        def split(a):                                     # (N, T, D) -> (N, H, T, Dh)
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
    # pre-norm: each sub-layer sees a normalised copy; the residual stream itself is never normalised
    h = x + self_attention(layer_norm(x, *ln1))
    return h + gelu(layer_norm(h, *ln2) @ W1 + b1) @ W2 + b2
    # END SOLUTION
