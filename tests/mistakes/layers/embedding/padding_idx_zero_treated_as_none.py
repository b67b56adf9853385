"""padding_idx = 0 treated as no padding (if padding_idx: instead of is not None).

0 is a valid (and the most common) padding index; test for None explicitly.
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
    np.add.at(dweight, ids.reshape(-1), dout.reshape(-1, d))
    if padding_idx:
        dweight[padding_idx] = 0.0
    return dweight
