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
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=llm/sliding_window_attention`.
import numpy as np


def sliding_window_attention(q, k, v, window):
    raise NotImplementedError("llm/sliding_window_attention: implement sliding_window_attention")
