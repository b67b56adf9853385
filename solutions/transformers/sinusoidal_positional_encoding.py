"""Sinusoidal positional encoding ("Attention Is All You Need").

Task
    Build the table that is added to the token embeddings so that the model can tell positions
    apart. Row pos, columns 2i and 2i + 1 hold a sine and a cosine of the same frequency:

        PE[pos, 2i]     = sin(pos / base^(2i / D))
        PE[pos, 2i + 1] = cos(pos / base^(2i / D))

    with base = 10000 by default. Column j therefore uses the exponent 2·(j // 2) / D: the
    sine and the cosine of a pair share it. Positions start at 0.

Signature
    sinusoidal_positional_encoding(T, D, base=10000.0) -> PE

Shapes and types
    T        an int ≥ 0: the number of positions 0 … T − 1
    D        an int ≥ 1: the model width; it may be odd
    base     a float > 0
    returns  a float64 array of shape (T, D)

Example
    >>> sinusoidal_positional_encoding(2, 4, base=100.0).round(6)   # frequencies 1 and 1/10
    array([[0.      , 1.      , 0.      , 1.      ],
           [0.841471, 0.540302, 0.099833, 0.995004]])

Constraints
    numpy only. Interleaved: sine in the even columns, cosine in the odd ones (not all sines
    then all cosines, as tensor2tensor's get_timing_signal_1d lays them out).
    Odd D: the last column is a sine with 2i = D − 1, i.e. sin(pos / base^((D − 1)/D)), and it
    has no cosine partner; the exponent still divides by the true D (not D + 1).
    T = 0 gives an empty (0, D) float64 array.
    Coming from PyTorch: PyTorch has no built-in for this; its tutorial builds the same table
    with div_term = exp(arange(0, D, 2) · (−ln 10000 / D)) and fails for odd D.

    The hidden tests use T ≤ 50, D ≤ 62.

Time budget: 15 minutes.
"""
import numpy as np


def sinusoidal_positional_encoding(T, D, base=10000.0):
    # BEGIN SOLUTION
    # Complexity: O(T·D) time and memory.
    positions = np.arange(T, dtype=np.float64)[:, None]           # (T, 1)
    columns = np.arange(D)
    # each pair (2i, 2i + 1) shares the exponent 2i / D, i.e. 2·(j // 2) / D for column j
    exponents = 2 * (columns // 2) / D
    angles = positions / base ** exponents                         # (T, D)
    return np.where(columns % 2 == 0, np.sin(angles), np.cos(angles))
    # END SOLUTION
