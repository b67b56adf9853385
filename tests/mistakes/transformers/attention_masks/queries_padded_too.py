"""Padding applied to the queries as well as the keys: padded query rows become fully masked.

The statement masks padding on the KEYS only ([n, 0, i, j] needs j < length, not i < length), so
every query row of a non-empty sequence keeps at least one key and never becomes an empty row.
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
    pad = padding_mask(lengths, T)
    return causal_mask(T)[None, None] & pad[:, None, :, None] & pad[:, None, None, :]
