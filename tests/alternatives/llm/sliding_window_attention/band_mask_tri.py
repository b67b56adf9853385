"""The band mask as np.tril(ones) minus np.tril(ones, −W), additive −1e30 instead of −inf.
"""
import numpy as np


def sliding_window_attention(q, k, v, window):
    if window < 1:
        raise ValueError("window < 1")
    T = q.shape[1]
    ones = np.ones((T, T))
    band = np.tril(ones) - np.tril(ones, -window)          # 1 where t − W < s <= t
    scores = np.matmul(q, np.swapaxes(k, 1, 2)) / np.sqrt(q.shape[2]) + (band - 1.0) * 1e30
    scores -= scores.max(axis=2, keepdims=True)
    w = np.exp(scores) * band
    return (w / w.sum(axis=2, keepdims=True)) @ v
