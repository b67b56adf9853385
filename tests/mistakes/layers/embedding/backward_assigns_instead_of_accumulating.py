"""Repeated ids overwrite each other: dweight[ids] = dout (or dweight[ids] += dout).

Fancy-index assignment (and +=, which is a read then one write per distinct index) keeps ONE
contribution per id. A token used k times must get the sum of its k gradients: np.add.at.
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
    dweight[ids.reshape(-1)] += dout.reshape(-1, d)
    if padding_idx is not None:
        dweight[padding_idx] = 0.0
    return dweight
