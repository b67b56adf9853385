"""Masked scores filled with −1e9 instead of −∞: a fully masked row becomes uniform instead of zero.

−1e9 works while a row has at least one allowed key, but when every key is masked all the scores
are equal and the softmax spreads the weight evenly over keys the query must not see. Use −∞ and
handle the fully masked row explicitly (its weights and output are exactly 0).
"""
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -1e9)
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
