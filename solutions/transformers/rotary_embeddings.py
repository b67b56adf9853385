"""Rotary position embeddings (RoPE).

Task
    RoPE encodes a token's position by ROTATING its query and key vectors instead of adding
    something to them. Cut the width D into D/2 pairs of neighbouring features (2i, 2i + 1), the
    RoFormer paper's interleaved pairing, and rotate pair i of the token at position p by the
    angle p·θ_i, with θ_i = base^(−2i/D):

        y_{2i}     = x_{2i} cos(p·θ_i) − x_{2i+1} sin(p·θ_i)
        y_{2i + 1} = x_{2i} sin(p·θ_i) + x_{2i+1} cos(p·θ_i)

    (counter-clockwise: the pair, read as the complex number x_{2i} + i·x_{2i+1}, is multiplied
    by e^{i·p·θ_i}). Apply the same function to queries and keys; then a query at position m and
    a key at position n have a dot product that depends on the positions only through m − n.

Signature
    apply_rotary_embeddings(x, positions, base=10000.0) -> rotated

Shapes and types
    x          a float64 array of shape (..., T, D): T tokens of even width D, any leading axes
               (none, (N,), (N, H) ...)
    positions  a 1-D int array (or a list of ints) of length T: the position of each token,
               the same for every leading index; not necessarily 0 … T − 1 (a KV cache
               continues at the cache length)
    base       a float > 0
    returns    a new float64 array of the shape of x

Example
    >>> x = np.array([[1.0, 0.0], [1.0, 0.0], [0.0, 1.0]])      # D = 2: one pair, θ_0 = 1
    >>> apply_rotary_embeddings(x, [0, 1, 2]).round(6)           # (1, 0) at p = 1 → (cos 1, sin 1)
    array([[ 1.      ,  0.      ],
           [ 0.540302,  0.841471],
           [-0.909297, -0.416147]])

Constraints
    numpy only. Returns a new array; x is not modified. Raise ValueError if D is odd.
    Position 0 leaves x unchanged (returned as a copy). Rotations keep every pair's length.
    The other convention: GPT-NeoX and Hugging Face's LLaMA ("rotate_half") pair feature i with
    feature i + D/2 instead of with its neighbour; the two agree up to a fixed permutation of
    the features, but not entry by entry. Here the pairs are (0, 1), (2, 3), … PyTorch has no
    built-in RoPE.

    The hidden tests use x with at most 4 axes and 360 entries, T ≤ 7, D ≤ 16.

Time budget: 20 minutes.
"""
import numpy as np


def apply_rotary_embeddings(x, positions, base=10000.0):
    # BEGIN SOLUTION
    # Complexity: O(B·T·D) time and memory (B = product of the leading axes).
    D = x.shape[-1]
    if D % 2 != 0:
        raise ValueError(f"RoPE rotates pairs of features: the width D = {D} must be even")
    positions = np.asarray(positions, dtype=np.float64)
    theta = base ** (-2 * np.arange(D // 2) / D)                  # (D/2,) one frequency per pair
    angles = positions[:, None] * theta[None, :]                   # (T, D/2)
    cos, sin = np.cos(angles), np.sin(angles)
    even, odd = x[..., 0::2], x[..., 1::2]                         # the two halves of every pair
    rotated = np.empty(x.shape, dtype=np.float64)                  # a new array: x stays as it is
    rotated[..., 0::2] = even * cos - odd * sin
    rotated[..., 1::2] = even * sin + odd * cos
    return rotated
    # END SOLUTION
