"""dweight sized by the largest id seen (max(ids) + 1) instead of the vocabulary size.

dweight has the table's shape (V, D): ids that do not appear in this batch get zero rows.
"""
import numpy as np


def embedding_forward(ids, weight):
    if ids.size and (ids.min() < 0 or ids.max() >= weight.shape[0]):
        raise IndexError("token id out of range")
    return weight[ids]                           # fancy indexing copies: a new array


def embedding_backward(dout, ids, vocab_size, padding_idx=None):
    d = dout.shape[-1]
    dweight = np.zeros((int(ids.max()) + 1 if ids.size else 0, d))
    vocab_size = dweight.shape[0]
    # np.add.at adds once per occurrence; dweight[ids] += dout would keep only one per repeated id
    np.add.at(dweight, ids.reshape(-1), dout.reshape(-1, d))
    if padding_idx is not None:
        dweight[padding_idx] = 0.0
    return dweight
