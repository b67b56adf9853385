"""Sliding-window causal attention: each position sees only the last W positions (itself included).

Task
    Multi-head scaled dot-product attention over a sequence of T positions where position t
    may attend to position s only when
        t − W < s <= t
    that is, to itself and the W − 1 positions before it (W keys in all once t >= W − 1;
    fewer at the start of the sequence). W >= T is ordinary causal attention; W = 1 means
    every position sees only itself.
        scores[h, t, s] = q[h, t] · k[h, s] / sqrt(Dh), softmax over the allowed s,
        out[h, t] = Σ_s weights[h, t, s] · v[h, s]

Signature
    sliding_window_attention(q, k, v, window) -> out

Shapes and types
    q, k, v: float64 arrays (H, T, Dh): H heads, T >= 1 positions, Dh width per head.
    window: an int W >= 1. out: a new float64 array (H, T, Dh).

Example
    >>> import numpy as np
    >>> keys = np.zeros((1, 4, 1)); values = np.arange(1.0, 5.0).reshape(1, 4, 1)
    >>> sliding_window_attention(keys, keys, values, 2).ravel().tolist()   # averages of the last 2 values
    [1.0, 1.5, 2.5, 3.5]

Constraints
    Plain Python and numpy only. Subtract the row maximum before exponentiating. Raise
    ValueError if window < 1. Inputs are not modified.
    Implementations disagree by one here: flash-attn's window_size=(W, 0) lets position t see
    t − W <= s <= t, which is W + 1 keys; here a window of W means exactly W keys, itself
    included. Hugging Face's sliding_window masks have changed by one between versions: check
    the one you compare with before trusting a match.

    The hidden tests use H ≤ 3, T ≤ 9, Dh ≤ 4, window ≤ 100.

Time budget: 20 minutes.
"""
import numpy as np


def sliding_window_attention(q, k, v, window):
    # BEGIN SOLUTION
    # Complexity: O(H·T²·Dh) time, O(H·T²) memory for the scores (the mask is computed densely).
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    T, Dh = q.shape[1], q.shape[2]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(Dh)          # (H, T, T)
    t = np.arange(T)[:, None]
    s = np.arange(T)[None, :]
    allowed = (s <= t) & (s > t - window)                      # the last W positions, itself included
    scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)       # the diagonal is always allowed: finite
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v
    # END SOLUTION
