"""Masks in PyTorch's "True = masked out" convention (the key_padding_mask / subsequent-mask style).

Here True means MAY attend: the causal mask is True on and below the diagonal, the padding mask
True on the real tokens.
"""
import numpy as np


def causal_mask(T):
    return np.triu(np.ones((T, T), dtype=bool), k=1)


def padding_mask(lengths, T):
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    if np.any(lengths < 0) or np.any(lengths > T):
        raise ValueError("bad length")
    return np.arange(T)[None, :] >= lengths[:, None]


def combined_mask(lengths, T):
    return causal_mask(T)[None, None] | padding_mask(lengths, T)[:, None, None, :]
