"""Padding mask off by one: t ≤ length keeps one padding position too many.

A sequence of length L has real tokens at positions 0 … L − 1: the test is t < L, strictly.
"""
import numpy as np


def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool))


def padding_mask(lengths, T):
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    if np.any(lengths < 0) or np.any(lengths > T):
        raise ValueError("bad length")
    return np.arange(T)[None, :] <= lengths[:, None]


def combined_mask(lengths, T):
    return causal_mask(T)[None, None] & padding_mask(lengths, T)[:, None, None, :]
