"""Embedding lookup and its backward pass (repeated tokens accumulate).

Task
    An embedding layer holds a table `weight` of V rows (one vector of width D per token id) and
    replaces every id by its row: out[..., :] = weight[ids[...], :].

    Its backward pass, given dout = ∂L/∂out, returns dweight = ∂L/∂weight, of the table's
    shape: row v is the SUM of dout over every position where ids == v (a token that appears
    three times gets three contributions), and zero for ids that do not appear. If padding_idx is
    given, that row's gradient is zero (the padding vector is not trained), as in PyTorch.

Signature
    embedding_forward(ids, weight) -> out
    embedding_backward(dout, ids, vocab_size, padding_idx=None) -> dweight

Shapes and types
    ids         an int64 array of any shape S, e.g. (N,) or (N, T); it may be empty
    weight      a float64 array of shape (V, D)
    out, dout   float64 arrays of shape S + (D,)
    vocab_size  V, an int; padding_idx None or an int in 0 … V − 1
    returns     forward: a new float64 array of shape S + (D,); backward: a new float64 array
                of shape (V, D) (V rows even if the largest ids never appear)
    embedding_forward raises IndexError if any id is < 0 or ≥ V (no wrap-around of negative
    ids, unlike numpy indexing). An empty ids gives out of shape S + (D,) ((0, D) for ids of
    shape (0,), (2, 0, D) for (2, 0)) and dweight of zeros.

Example
    >>> weight = np.array([[0.0, 1.0], [2.0, 3.0], [4.0, 5.0]])
    >>> embedding_forward(np.array([2, 0, 2]), weight)
    array([[4., 5.],
           [0., 1.],
           [4., 5.]])
    >>> embedding_backward(np.array([[1.0, 1.0], [2.0, 2.0], [10.0, 20.0]]), np.array([2, 0, 2]), 3)
    array([[ 2.,  2.],
           [ 0.,  0.],
           [11., 21.]])

Constraints
    numpy only. Returns new arrays; inputs are not modified.
    Coming from PyTorch: torch.nn.functional.embedding(ids, weight, padding_idx) with dweight =
    weight.grad for L = Σ out ⊙ dout (dense gradient, max_norm=None). PyTorch also accepts a
    negative padding_idx (counted from the end); here it is 0 … V − 1. PyTorch raises IndexError
    for ids out of range as we do.

    The hidden tests use ids with at most 12 entries and 2 axes, V ≤ 5, D ≤ 4.

Time budget: 15 minutes.
"""
import numpy as np


def embedding_forward(ids, weight):
    # BEGIN SOLUTION
    # Complexity: O(n·D) time and memory for the output (n ids, width D).
    if ids.size and (ids.min() < 0 or ids.max() >= weight.shape[0]):
        raise IndexError("token id out of range")
    return weight[ids]                           # fancy indexing copies: a new array
    # END SOLUTION


def embedding_backward(dout, ids, vocab_size, padding_idx=None):
    # BEGIN SOLUTION
    d = dout.shape[-1]
    dweight = np.zeros((vocab_size, d))
    # np.add.at adds once per occurrence; dweight[ids] += dout would keep only one per repeated id
    np.add.at(dweight, ids.reshape(-1), dout.reshape(-1, d))
    if padding_idx is not None:
        dweight[padding_idx] = 0.0
    return dweight
    # END SOLUTION
