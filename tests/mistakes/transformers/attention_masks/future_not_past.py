"""Causal mask transposed: the upper triangle (np.triu) lets every token see the FUTURE, not the past.

Rows are queries, columns are keys: query i may see key j when j ≤ i, the LOWER triangle
(np.tril), diagonal included.
"""
import numpy as np


def causal_mask(T):
    return np.triu(np.ones((T, T), dtype=bool))


def padding_mask(lengths, T):
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    if np.any(lengths < 0) or np.any(lengths > T):
        raise ValueError("bad length")
    return np.arange(T)[None, :] < lengths[:, None]


def combined_mask(lengths, T):
    return causal_mask(T)[None, None] & padding_mask(lengths, T)[:, None, None, :]
