"""combined_mask of shape (N, T, T): the heads axis of length 1 is missing.

Scores have shape (N, H, T, T); a (N, T, T) mask would broadcast its N against H. Insert the
heads axis: shape (N, 1, T, T).
"""
import numpy as np


def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool))


def padding_mask(lengths, T):
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    if np.any(lengths < 0) or np.any(lengths > T):
        raise ValueError("bad length")
    return np.arange(T)[None, :] < lengths[:, None]


def combined_mask(lengths, T):
    return causal_mask(T)[None] & padding_mask(lengths, T)[:, None, :]
