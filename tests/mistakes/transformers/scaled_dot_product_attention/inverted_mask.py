"""Mask read the other way round: True taken to mean "masked out" (like PyTorch's key_padding_mask).

Here True means the query MAY attend to the key, as PyTorch's boolean attn_mask: keep the scores
where the mask is True and set them to −∞ where it is False.
"""
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, -np.inf, scores)
    m = scores.max(axis=-1, keepdims=True)
    m = np.where(np.isfinite(m), m, 0.0)
    e = np.exp(scores - m)
    s = e.sum(axis=-1, keepdims=True)
    w = e / np.where(s > 0, s, 1.0)
    return w @ v, w
