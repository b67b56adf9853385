"""Off by one: position t sees t − W <= s <= t, which is W + 1 positions.

A window of W is W keys counting the position itself: t − W < s <= t (flash-attn's
window_size=(W, 0) is the W + 1 convention; the statement pins W).
"""
import numpy as np


def sliding_window_attention(q, k, v, window):
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    T, Dh = q.shape[1], q.shape[2]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(Dh)          # (H, T, T)
    t = np.arange(T)[:, None]
    s = np.arange(T)[None, :]
    allowed = (s <= t) & (s >= t - window)                      # the last W positions, itself included
    scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)       # the diagonal is always allowed: finite
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v
