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
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=transformers/multi_head_attention`.
import numpy as np


def multi_head_attention(x, Wq, Wk, Wv, Wo, n_heads, mask=None):
    raise NotImplementedError("transformers/multi_head_attention: implement multi_head_attention")
