"""Attention masks: causal, padding, and both at once.

Task
    Build the boolean masks a decoder needs, with True = this query MAY attend to this key
    (the convention of scaled_dot_product_attention and of PyTorch's boolean attn_mask):

    causal_mask(T)                  query i may see key j when j ≤ i (itself and the past)
    padding_mask(lengths, T)        sequence n has lengths[n] real tokens at positions
                                    0 … lengths[n] − 1, then padding: True where t < lengths[n]
    combined_mask(lengths, T)       both: [n, 0, i, j] is True when j ≤ i AND j < lengths[n]

    Padding is masked on the KEYS only: a padded query position still attends to the real keys
    before it (its output is ignored later), so no row of a sequence with length ≥ 1 is empty.
    The axis of length 1 is the heads axis, so the mask broadcasts against (N, H, T, T) scores.

Signature
    causal_mask(T) -> mask
    padding_mask(lengths, T) -> mask
    combined_mask(lengths, T) -> mask

Shapes and types
    T        an int ≥ 0, the (padded) sequence length
    lengths  a 1-D array of N ints, or a list of N ints (N ≥ 0), each with 0 ≤ lengths[n] ≤ T
    returns  bool arrays: causal_mask (T, T); padding_mask (N, T); combined_mask (N, 1, T, T)

Example
    >>> causal_mask(3)
    array([[ True, False, False],
           [ True,  True, False],
           [ True,  True,  True]])
    >>> padding_mask([2, 0, 3], 3)
    array([[ True,  True, False],
           [False, False, False],
           [ True,  True,  True]])
    >>> combined_mask([2], 3)[0, 0]
    array([[ True, False, False],
           [ True,  True, False],
           [ True,  True, False]])

Constraints
    numpy only. Returns new arrays; inputs are not modified. Every mask has dtype bool (not
    float, not int). T = 0 gives empty masks of the stated shapes ((0, 0), (N, 0), (N, 1, 0, 0));
    N = 0 gives (0, T) and (0, 1, T, T). Raise ValueError if a length is negative or larger than T.
    Coming from PyTorch: nn.Transformer.generate_square_subsequent_mask returns a FLOAT mask with
    −inf above the diagonal and 0 elsewhere (added to the scores), and key_padding_mask uses
    True = IGNORE this key: both are the opposite of our True = may attend.

    The hidden tests use T ≤ 8, N ≤ 4.

Time budget: 15 minutes.
"""
import numpy as np


def causal_mask(T):
    # BEGIN SOLUTION
    # Complexity: O(T²) time and memory (O(N·T) for padding_mask, O(N·T²) for combined_mask).
    positions = np.arange(T)
    # query i (rows) may see key j (columns) when j ≤ i: the diagonal is included
    return positions[:, None] >= positions[None, :]
    # END SOLUTION


def padding_mask(lengths, T):
    # BEGIN SOLUTION
    lengths = np.asarray(lengths, dtype=np.int64).reshape(-1)
    if np.any(lengths < 0) or np.any(lengths > T):
        raise ValueError(f"every length must be between 0 and T = {T}; got {lengths.tolist()}")
    # positions 0 … length − 1 are real tokens: strictly less than the length
    return np.arange(T)[None, :] < lengths[:, None]
    # END SOLUTION


def combined_mask(lengths, T):
    # BEGIN SOLUTION
    keys = padding_mask(lengths, T)                 # (N, T): which keys are real
    # (1, 1, T, T) & (N, 1, 1, T): padding applies along the keys axis only
    return causal_mask(T)[None, None, :, :] & keys[:, None, None, :]
    # END SOLUTION
