"""Mask applied after the softmax: masked weights are zeroed, but the allowed ones no longer sum to 1.

Mask the SCORES (set masked entries to −∞) and then take the softmax, so the remaining weights
are renormalised over the allowed keys only.
"""
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    e = np.exp(scores - scores.max(axis=-1, keepdims=True))
    w = e / e.sum(axis=-1, keepdims=True)
    if mask is not None:
        w = np.where(mask, w, 0.0)
    return w @ v, w
