"""Softmax over the allowed entries by multiplying by the mask and renormalising."""
import numpy as np


def scaled_dot_product_attention(q, k, v, mask=None):
    scores = np.matmul(q, np.swapaxes(k, -1, -2)) / q.shape[-1] ** 0.5
    keep = np.ones_like(scores) if mask is None else np.broadcast_to(mask, scores.shape).astype(float)
    # the largest allowed score per row (rows with none: 0)
    top = np.max(np.where(keep > 0, scores, -np.inf), axis=-1, keepdims=True)
    top[~np.isfinite(top)] = 0.0
    exps = np.exp(np.minimum(scores - top, 0.0)) * keep
    total = exps.sum(axis=-1, keepdims=True)
    total[total == 0] = 1.0
    weights = exps / total
    return np.matmul(weights, v), weights
