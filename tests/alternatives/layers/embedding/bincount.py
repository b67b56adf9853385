"""np.take for the lookup; np.bincount with weights, one column at a time, for the scatter-add.
"""
import numpy as np


def embedding_forward(ids, weight):
    if ids.size and not (0 <= ids.min() and ids.max() < weight.shape[0]):
        raise IndexError("id out of range")
    return np.take(weight, ids, axis=0)


def embedding_backward(dout, ids, vocab_size, padding_idx=None):
    flat, g = ids.ravel(), dout.reshape(-1, dout.shape[-1])
    dweight = np.stack([np.bincount(flat, weights=g[:, j], minlength=vocab_size) for j in range(g.shape[1])], axis=1)
    dweight = dweight.astype(np.float64).reshape(vocab_size, g.shape[1])
    if padding_idx is not None:
        dweight[padding_idx] = 0
    return dweight
