"""T = 0 returns the empty masks before checking the lengths: padding_mask([1], 0) gives an empty mask instead of raising ValueError.

A length must fit whatever T is: check 0 ≤ length ≤ T first, then build the (possibly empty) mask.
"""
import numpy as np

NAMED_BY_MESSAGE = "padding_mask([0, 1], 0) should raise ValueError"
def causal_mask(T):
    return np.tril(np.ones((T, T), dtype=bool))
def padding_mask(lengths, T):
    lengths = [int(l) for l in lengths]
    if T == 0:
        return np.zeros((len(lengths), 0), dtype=bool)
    for l in lengths:
        if l < 0 or l > T:
            raise ValueError("bad length")
    out = np.zeros((len(lengths), T), dtype=bool)
    for n, l in enumerate(lengths):
        out[n, :l] = True
    return out
def combined_mask(lengths, T):
    pad = padding_mask(lengths, T)
    return (causal_mask(T)[None, None] & pad[:, None, None, :])
