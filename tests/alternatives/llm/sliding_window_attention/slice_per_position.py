"""For each position, slice the keys max(0, t − W + 1) .. t and run a small softmax: no mask at all.
"""
import numpy as np


def sliding_window_attention(q, k, v, window):
    if window < 1:
        raise ValueError("window must be at least 1")
    H, T, Dh = q.shape
    out = np.empty((H, T, Dh))
    for t in range(T):
        lo = max(0, t - window + 1)
        sc = np.einsum("hd,hsd->hs", q[:, t], k[:, lo:t + 1]) / np.sqrt(Dh)
        sc -= sc.max(axis=1, keepdims=True)
        w = np.exp(sc)
        w /= w.sum(axis=1, keepdims=True)
        out[:, t] = np.einsum("hs,hsd->hd", w, v[:, lo:t + 1])
    return out
