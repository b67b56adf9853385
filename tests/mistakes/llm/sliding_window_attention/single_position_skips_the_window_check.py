"""A single position returns its value before the window is checked: window = 0 with T = 1 gives an answer instead of ValueError.

A window below 1 is a bad call whatever T is: validate first, then take any shortcut.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def sliding_window_attention(q, k, v, window):
    T, Dh = q.shape[1], q.shape[2]
    if T == 1:
        return v.copy()                   # one position can only attend to itself
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(Dh)          # (H, T, T)
    t = np.arange(T)[:, None]
    s = np.arange(T)[None, :]
    allowed = (s <= t) & (s > t - window)                      # the last W positions, itself included
    scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)       # the diagonal is always allowed: finite
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v
