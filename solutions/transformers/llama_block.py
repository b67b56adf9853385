"""A LLaMA-style decoder block, forward pass: RMSNorm, RoPE, grouped-query attention, SwiGLU.

Task
    Assemble the block of LLaMA 2/3, Mistral and Qwen from the pieces of earlier katas
    (layers/rms_norm, transformers/rotary_embeddings, transformers/grouped_query_attention,
    transformers/swiglu_ffn), PRE-norm, no biases anywhere:

        h   = x + Attention(RMSNorm(x; attn_norm))
        out = h + SwiGLU(RMSNorm(h; mlp_norm))

    RMSNorm(z; g)  = z / √(mean over the last axis of z² + eps) · g
    Attention(z)   q = z W_q split into H heads of width hd = D / H, k = z W_k and v = z W_v
                   into H_kv heads (reshape (N, T, heads, hd), heads axis first); RoPE rotates
                   q and k of every head: pairs (2i, 2i + 1) of the hd features, angle p·θ_i,
                   θ_i = base^(−2i/hd), p = positions[t] (v is not rotated); query head h uses
                   K/V head h // (H / H_kv); scores q kᵀ / √hd; causal: token i sees tokens
                   j ≤ i of the same sequence (by index t, whatever the positions); softmax;
                   heads merged back in order (N, T, H·hd) and multiplied by W_o
    SwiGLU(z)      (silu(z W_gate) ⊙ (z W_up)) W_down,  silu(a) = a σ(a)

Signature
    llama_block(x, params, n_heads, n_kv_heads, positions, eps=1e-6, base=10000.0) -> out

Shapes and types
    x          float64 (N, T, D), N, T ≥ 1
    params     a dict of float64 arrays: "attn_norm" (D,), "wq" (D, D), "wk" (D, H_kv·hd),
               "wv" (D, H_kv·hd), "wo" (D, D), "mlp_norm" (D,), "w_gate" (D, F), "w_up" (D, F),
               "w_down" (F, D); used as z @ W
    n_heads    H, dividing D with an even hd; n_kv_heads H_kv, dividing H
    positions  a 1-D int array of length T (the same for every sequence): the RoPE position of
               each token, e.g. 0 … T − 1, or L … L + T − 1 when continuing after L cached tokens
    returns    a new float64 array (N, T, D). Hidden tests use N ≤ 2, T ≤ 5, D ≤ 8, F ≤ 8.

Example
    >>> D = 2; zeros = np.zeros((D, D)); p = dict(attn_norm=np.ones(D), wq=zeros, wk=zeros,
    ...     wv=np.eye(D), wo=np.eye(D), mlp_norm=np.ones(D), w_gate=zeros, w_up=zeros, w_down=zeros)
    >>> x = np.array([[[3.0, 4.0], [0.0, 5.0]]])   # both rows have rms √12.5; scores all 0
    >>> llama_block(x, p, 1, 1, np.arange(2), eps=0.0).round(6)   # token 1 averages both normed v
    array([[[3.848528, 5.131371],
            [0.424264, 6.272792]]])

Constraints
    numpy only. Returns a new array; the inputs are not modified. Subtract each row's maximum
    score before the softmax. The mask is causal only (no padding). Coming from Hugging Face:
    its LLaMA pairs feature i with i + hd/2 ("rotate_half"), not neighbours (2i, 2i + 1) as
    Meta's reference code and our rotary kata do; the weights here are (in, out), used as z @ W.

Time budget: 40 minutes.
"""
import numpy as np


def llama_block(x, params, n_heads, n_kv_heads, positions, eps=1e-6, base=10000.0):
    # BEGIN SOLUTION
    # Complexity: O(N·T·D·(D + F) + N·T²·D) time, O(N·H·T² + N·T·(D + F)) extra memory (F the MLP width).
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
    k, v = np.repeat(k, group, axis=1), np.repeat(v, group, axis=1)   # head h meets h // group
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
    # END SOLUTION
