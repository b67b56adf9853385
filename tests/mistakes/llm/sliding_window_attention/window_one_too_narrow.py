"""Off by one: position t sees only W − 1 positions (t − W + 1 < s <= t), itself included.

The window holds W positions, itself included: t − W < s <= t.
"""
import numpy as np


def sliding_window_attention(q, k, v, window):
    if window < 1:
        raise ValueError(f"window must be >= 1, got {window}")
    T, Dh = q.shape[1], q.shape[2]
    scores = q @ k.transpose(0, 2, 1) / np.sqrt(Dh)          # (H, T, T)
    t = np.arange(T)[:, None]
    s = np.arange(T)[None, :]
    allowed = (s <= t) & (s > t - window + 1)                      # the last W positions, itself included
    scores = np.where(allowed, scores, -np.inf)
    scores = scores - scores.max(axis=-1, keepdims=True)       # the diagonal is always allowed: finite
    weights = np.exp(scores)
    weights /= weights.sum(axis=-1, keepdims=True)
    return weights @ v
