"""A length larger than T is accepted silently instead of raising ValueError.

A sequence cannot be longer than the padded length T: such a length is a bug upstream, and
silently treating it as T hides it. Check 0 ≤ length ≤ T and raise ValueError otherwise.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool))


def padding_mask(lengths, T):
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    return np.arange(T)[None, :] < lengths[:, None]


def combined_mask(lengths, T):
    return causal_mask(T)[None, None] & padding_mask(lengths, T)[:, None, None, :]
