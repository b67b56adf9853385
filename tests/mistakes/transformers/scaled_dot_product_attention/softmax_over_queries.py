"""Softmax over the queries axis (axis −2) instead of over the keys (axis −1).

Each QUERY distributes its attention over the keys: the weights of one row (one query) sum to 1,
so normalise along the last axis of the (..., Tq, Tk) scores.
"""
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    m = scores.max(axis=-2, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(scores - m)
    s = e.sum(axis=-2, keepdims=True)
    w = e / np.where(s > 0, s, 1.0)
    return w @ v, w
