"""Grouped-query attention (GQA), with multi-query attention as a special case.

Task
    Multi-head attention with fewer key/value heads than query heads: H query heads share G
    key/value heads (G divides H), so each K/V head serves a group of H/G consecutive query
    heads. Query head h uses key/value head h // (H/G). With Dh = D / H:

        Q = x Wq   (N, T, D)      → split into H heads     (N, H, T, Dh)
        K = x Wk   (N, T, G·Dh)   → split into G heads     (N, G, T, Dh)    V likewise
        head h:  softmax(Q_h K_gᵀ / √Dh + mask) V_g   with g = h // (H/G)
        output = merge the H heads (N, T, D), then @ Wo

    Every split is reshape (N, T, heads, Dh) then transpose to (N, heads, T, Dh); the merge is
    the inverse, as in transformers/multi_head_attention. G = H is ordinary multi-head attention;
    G = 1 is multi-query attention (one K/V head shared by every query head).

Signature
    grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads, n_kv_heads, mask=None) -> output

Shapes and types
    x            a float64 array of shape (N, T, D)
    Wq, Wo       float64 arrays of shape (D, D)
    Wk, Wv       float64 arrays of shape (D, G·Dh), Dh = D / H
    n_heads      an int H ≥ 1 that divides D
    n_kv_heads   an int G ≥ 1 that divides H
    mask         None or a bool array broadcasting to (N, H, T, T); True = may attend
    returns      a float64 array of shape (N, T, D)

Example
    >>> x = np.array([[[2.0, 0.0, 0.0, 0.0], [0.0, 0.0, 4.0, 0.0]]])    # N = 1, T = 2, D = 4
    >>> Wv = np.array([[1.0, 0.0], [0.0, 0.0], [0.0, 1.0], [0.0, 0.0]])  # G = 2 value heads: (2, 0), (0, 4)
    >>> Z, Zkv = np.zeros((4, 4)), np.zeros((4, 2))                      # Wq = 0: uniform weights
    >>> grouped_query_attention(x, Z, Zkv, Wv, np.eye(4), n_heads=4, n_kv_heads=2)
    array([[[1., 1., 2., 2.],
            [1., 1., 2., 2.]]])

Constraints
    numpy only. Returns a new array; inputs are not modified. No biases; scale 1/√Dh. A fully
    masked row gives 0 for that head and query (torch.softmax gives NaN). Raise ValueError if H does
    not divide D or G does not divide H.
    The grouping is consecutive (heads 0 … H/G − 1 share K/V head 0), as in LLaMA 2's
    repeat_kv (a repeat_interleave of the K/V heads) and PyTorch's
    scaled_dot_product_attention(enable_gqa=True); not the interleaved h % G.

    The hidden tests use N ≤ 2, T ≤ 6, D ≤ 12, H ≤ 6.

Time budget: 25 minutes.
"""
import numpy as np


def grouped_query_attention(x, Wq, Wk, Wv, Wo, n_heads, n_kv_heads, mask=None):
    # BEGIN SOLUTION
    # Complexity: O(N·T·D² + N·T²·D) time, O(N·H·T² + N·T·D) extra memory (H query heads).
    N, T, D = x.shape
    if n_heads < 1 or D % n_heads != 0:
        raise ValueError(f"n_heads = {n_heads} must divide the width D = {D}")
    if n_kv_heads < 1 or n_heads % n_kv_heads != 0:
        raise ValueError(f"n_kv_heads = {n_kv_heads} must divide n_heads = {n_heads}")
    Dh = D // n_heads
    group = n_heads // n_kv_heads                    # query heads per K/V head

    def split(a, heads):                             # (N, T, heads·Dh) -> (N, heads, T, Dh)
        return a.reshape(N, T, heads, Dh).transpose(0, 2, 1, 3)

    q = split(x @ Wq, n_heads)
    k = split(x @ Wk, n_kv_heads)
    v = split(x @ Wv, n_kv_heads)
    # K/V head g serves query heads g·group … (g+1)·group − 1: repeat each K/V head `group`
    # times in a row, so that query head h meets K/V head h // group
    k = np.repeat(k, group, axis=1)
    v = np.repeat(v, group, axis=1)
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
    # END SOLUTION
