"""The backward pass of scaled dot-product attention, by hand, with a boolean mask.

Task
    The forward pass is the one of transformers/scaled_dot_product_attention:

        S = Q Kᵀ / √D                  (..., Tq, Tk)
        P = softmax of S over the keys, masked entries counting as −∞ (weight exactly 0)
        O = P V                        (..., Tq, Dv)

    Given the gradient of some scalar loss L with respect to the output, dO = ∂L/∂O, return
    the gradients ∂L/∂Q, ∂L/∂K and ∂L/∂V. Recompute the forward pass inside (no cache is
    handed in), then go backward through the product with V, the softmax and the scaling.

Signature
    attention_backward(q, k, v, d_output, mask=None) -> (dq, dk, dv)

Shapes and types
    q         float64 (..., Tq, D); k float64 (..., Tk, D); v float64 (..., Tk, Dv), with the
              same leading axes (none, (N,), (N, H) ...); Tq, Tk, D, Dv ≥ 1
    d_output  float64 (..., Tq, Dv), the gradient of L with respect to O
    mask      None (every query sees every key) or a bool array broadcasting to
              (..., Tq, Tk) without enlarging it; True = this query MAY attend to this key
    returns   a tuple of three new float64 arrays (dq, dk, dv), shaped like q, k and v.
    Hidden tests use at most 2 × 2 leading axes, Tq, Tk ≤ 6 and D, Dv ≤ 5.

Example
    >>> q = np.array([[2 * np.log(3.0), 0.0, 0.0, 0.0]])    # D = 4: scores (ln 3, 0), P = (3/4, 1/4)
    >>> k = np.array([[1.0, 0.0, 0.0, 0.0], [0.0, 1.0, 0.0, 0.0]])
    >>> v = np.array([[1.0, 0.0], [0.0, 4.0]])
    >>> dq, dk, dv = attention_backward(q, k, v, np.array([[1.0, 0.0]]))
    >>> dv                     # Pᵀ dO
    array([[0.75, 0.  ],
           [0.25, 0.  ]])
    >>> dq                     # dS = P ⊙ (dP − Σ P dP) = (3/16, −3/16); dQ = dS K / √D
    array([[ 0.09375, -0.09375,  0.     ,  0.     ]])

Constraints
    numpy only. Returns new arrays; the inputs are not modified.
    Softmax backward: with dP = dO Vᵀ, dS = P ⊙ (dP − rowsum(P ⊙ dP)) (the row sum over the
    keys, one number per query). The scale 1/√D (D = width of q and k) appears in both dQ and dK.
    Masked entries have P = 0, so they pass no gradient. A fully masked row (a query that may
    attend to nothing) has output 0 and P = 0 in the forward pass (as in the forward kata, not
    NaN, not uniform): its dq row is exactly 0 and it adds nothing to dk or dv. Subtract each
    row's maximum allowed score before exponentiating: scores of ±1000 must not overflow.
    Coming from PyTorch: this is what autograd computes through F.scaled_dot_product_attention
    with a boolean attn_mask (True = attend) on PyTorch ≥ 2.5, where fully masked rows give 0.

Time budget: 30 minutes.
"""
import numpy as np


def attention_backward(q, k, v, d_output, mask=None):
    # BEGIN SOLUTION
    # Complexity: O(B·Tq·Tk·(D + Dv)) time, O(B·Tq·Tk) extra memory for P and dS (B = product of the leading axes).
    scale = 1.0 / np.sqrt(q.shape[-1])
    scores = (q @ np.swapaxes(k, -1, -2)) * scale
    if mask is None:
        mask = np.ones(scores.shape, dtype=bool)
    mask = np.broadcast_to(mask, scores.shape)
    masked = np.where(mask, scores, -np.inf)
    row_max = masked.max(axis=-1, keepdims=True)
    row_max = np.where(np.isfinite(row_max), row_max, 0.0)      # a fully masked row: no max
    e = np.where(mask, np.exp(masked - row_max), 0.0)
    total = e.sum(axis=-1, keepdims=True)
    p = e / np.where(total > 0, total, 1.0)                      # fully masked row stays 0

    dv = np.swapaxes(p, -1, -2) @ d_output                       # O = P V
    dp = d_output @ np.swapaxes(v, -1, -2)
    # softmax backward, row by row: dS_j = P_j (dP_j − Σ_k P_k dP_k)
    ds = p * (dp - (p * dp).sum(axis=-1, keepdims=True))
    dq = (ds @ k) * scale                                        # S = Q Kᵀ · scale
    dk = (np.swapaxes(ds, -1, -2) @ q) * scale
    return dq, dk, dv
    # END SOLUTION
