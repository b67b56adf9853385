"""Subtracts each position's own score instead of the row maximum: an older key with a much larger score overflows exp.

Softmax is unchanged by any shift, but only the row MAXIMUM keeps every exponent <= 0: the newest
key is not always the largest score.
"""
import numpy as np
def sliding_window_attention(q, k, v, window):
    if window < 1:
        raise ValueError("window must be >= 1")
    H, T, Dh = q.shape
    out = np.zeros((H, T, Dh))
    for t in range(T):
        lo = max(0, t - window + 1)
        s = q[:, t:t + 1] @ k[:, lo:t + 1].transpose(0, 2, 1) / np.sqrt(Dh)
        s = s - s[..., -1:]
        w = np.exp(s); w /= w.sum(axis=-1, keepdims=True)
        out[:, t] = (w @ v[:, lo:t + 1])[:, 0]
    return out
