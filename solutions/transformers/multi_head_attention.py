"""Multi-head self-attention.

Task
    Project the inputs to queries, keys and values, split each into H heads of width Dh = D / H,
    run scaled dot-product attention in every head separately, merge the heads back and apply
    the output projection:

        Q = x Wq,   K = x Wk,   V = x Wv                       (N, T, D)
        split:  (N, T, D) → reshape (N, T, H, Dh) → transpose → (N, H, T, Dh)
        head h: softmax(Q_h K_hᵀ / √Dh + mask) V_h             (N, H, T, Dh)
        merge:  transpose → (N, T, H, Dh) → reshape (N, T, D)
        output = merged Wo                                      (N, T, D)

    So head h owns the features h·Dh … (h+1)·Dh − 1 of Q, K and V (a contiguous block), and
    its output fills the same block of the merged array.

Signature
    multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None) -> output

Shapes and types
    x                a float64 array of shape (N, T, D): batch N, sequence T, width D
    Wq, Wk, Wv, Wo   float64 arrays of shape (D, D), used as x @ W (input features on the rows)
    n_heads          an int H ≥ 1 that divides D
    mask             None, or a bool array that broadcasts to (N, H, T, T) without enlarging
                     it, e.g. (T, T) or (N, 1, T, T); True = may attend
    returns          a float64 array of shape (N, T, D) (just the array)

Example
    >>> x = np.array([[[1.0, 2.0], [0.0, 0.0]]])          # N = 1, T = 2, D = 2
    >>> out = multi_head_attention(x, np.eye(2), np.eye(2), np.eye(2), np.eye(2), n_heads=2)
    >>> out.round(6)                                    # [[σ(1), 2σ(4)], [1/2, 1]]
    array([[[0.731059, 1.964028],
            [0.5     , 1.      ]]])

Constraints
    numpy only. Returns a new array; inputs are not modified. No biases. The scale is 1/√Dh
    (the head width), not 1/√D. A fully masked row gives a zero attention output for that head
    and query (as in scaled_dot_product_attention; torch.softmax gives NaN there). Raise
    ValueError if n_heads does not divide D.
    Coming from PyTorch: nn.MultiheadAttention stores its projections as (out, in) and computes
    x Wᵀ (in_proj_weight stacks Wq, Wk, Wv): our W is the transpose of its weight, and it adds
    biases by default (bias=True), we have none. Its head split is the same as ours.

    The hidden tests use N ≤ 3, T ≤ 6, D ≤ 8, H ≤ 8.

Time budget: 30 minutes.
"""
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    # BEGIN SOLUTION
    # Complexity: O(N·T·D² + N·T²·D) time, O(N·H·T² + N·T·D) extra memory (H heads).
    N, T, D = x.shape
    if n_heads < 1 or D % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} must divide the width D = {D}")
    Dh = D // n_heads

    def split(a):
        # (N, T, D) -> (N, T, H, Dh): the last axis is cut into H contiguous blocks of Dh
        # -> (N, H, T, Dh): each head becomes a batch of its own
        return a.reshape(N, T, n_heads, Dh).transpose(0, 2, 1, 3)

    q, k, v = split(x @ Wq), split(x @ Wk), split(x @ Wv)
    scores = q @ k.transpose(0, 1, 3, 2) / np.sqrt(Dh)          # (N, H, T, T)
    allowed = np.ones(scores.shape, dtype=bool) if mask is None else np.broadcast_to(mask, scores.shape)
    scores = np.where(allowed, scores, -np.inf)
    row_max = scores.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)      # fully masked rows: no NaN
    exps = np.exp(scores - row_max)
    totals = exps.sum(axis=-1, keepdims=True)
    weights = exps / np.where(totals > 0, totals, 1.0)
    heads = weights @ v                                          # (N, H, T, Dh)
    # undo the split: back to (N, T, H, Dh), then glue the heads side by side
    merged = heads.transpose(0, 2, 1, 3).reshape(N, T, D)
    return merged @ Wo
    # END SOLUTION
