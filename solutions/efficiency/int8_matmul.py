"""A quantised matmul: int8 inputs, int32 accumulation, requantisation to int8.

Task
    Multiply two symmetrically quantised int8 matrices the way an int8 kernel does, and
    requantise the result to int8 for the next layer. With x ≈ a_q · a_scale and
    w ≈ b_q · b_scale (zero points 0), the float product is x @ w ≈ (a_q @ b_q) · a_scale · b_scale,
    and its int8 code at scale out_scale is

        acc = a_q @ b_q                  summed EXACTLY in int32 (each product up to 127·128)
        M   = (a_scale · b_scale) / out_scale          the requantisation multiplier, float64
        y_q = clamp(round(acc · M), -127, 127)         as np.int8

    The rules, exactly:
    - acc is the exact integer result, computed in int32: int8 arithmetic overflows at once
      (100·100 + 100·100 = 20000) and int16 once k ≥ 3 (3·127·127 = 48387 > 32767).
    - M is computed in float64 in that order: a_scale times b_scale, then divided by
      out_scale. acc · M is then rounded half to EVEN (np.round: 2.5 → 2, -2.5 → -2,
      1.5 → 2, 0.5 → 0), clamped to the narrow range [-127, 127], and stored as int8.
    - b_scale is either one float (per tensor) or a 1-D array of m floats, one per output
      column j (per output channel of the weight): then column j uses M_j = a_scale ·
      b_scale[j] / out_scale.

Signature
    quantized_matmul(a_q, a_scale, b_q, b_scale, out_scale) -> (acc, y_q)

Shapes and types
    a_q        an (n, k) np.int8 array;  b_q  a (k, m) np.int8 array;  n, k, m ≥ 1
    a_scale    a positive float;  out_scale  a positive float
    b_scale    a positive float, or a float array of shape (m,) with positive entries
    acc        a NEW (n, m) np.int32 array;  y_q  a NEW (n, m) np.int8 array
    The inputs are not modified.

Example
    >>> a_q = np.array([[2, 3], [-1, 4], [-2, -3], [1, 0]], dtype=np.int8)
    >>> b_q = np.array([[2, 0], [2, -1]], dtype=np.int8)
    >>> acc, y_q = quantized_matmul(a_q, 0.5, b_q, 0.25, 0.5)
    >>> acc
    array([[ 10,  -3],
           [  6,  -4],
           [-10,   3],
           [  2,   0]], dtype=int32)
    >>> y_q
    array([[ 2, -1],
           [ 2, -1],
           [-2,  1],
           [ 0,  0]], dtype=int8)

Constraints
    numpy only. Raise ValueError when a_q or b_q is not a 2-D np.int8 array, when
    a_q.shape[1] != b_q.shape[0], when any scale is not positive and finite, or when an
    array b_scale does not have shape (m,). The hidden tests use n, k, m ≤ 16 and the full
    int8 range of codes, -128 included in the inputs.

    Coming from PyTorch / gemmlowp: real kernels store M as a fixed-point int32 multiplier and
    a shift and round with their own rule; this kata uses the float64 multiplier and round
    half to even, so the result is pinned exactly.

Time budget: 20 minutes.
"""
import numpy as np


def quantized_matmul(a_q, a_scale, b_q, b_scale, out_scale):
    # BEGIN SOLUTION
    # Complexity: O(n·k·m) time, O(n·m) memory for acc and y_q.
    a_q = np.asarray(a_q)
    b_q = np.asarray(b_q)
    if a_q.dtype != np.int8 or b_q.dtype != np.int8 or a_q.ndim != 2 or b_q.ndim != 2:
        raise ValueError("a_q and b_q must be 2-D int8 arrays")
    if a_q.shape[1] != b_q.shape[0]:
        raise ValueError("inner dimensions differ")
    b_scale = np.asarray(b_scale, dtype=np.float64)
    if b_scale.ndim not in (0, 1) or (b_scale.ndim == 1 and b_scale.shape != (b_q.shape[1],)):
        raise ValueError("b_scale must be a float or hold one value per output column")
    scales = np.concatenate([[float(a_scale), float(out_scale)], b_scale.ravel()])
    if not np.all(np.isfinite(scales)) or not np.all(scales > 0):
        raise ValueError("scales must be positive and finite")
    # Widen BEFORE multiplying: int8 products and sums overflow.
    acc = a_q.astype(np.int32) @ b_q.astype(np.int32)
    multiplier = (float(a_scale) * b_scale) / float(out_scale)   # scalar or (m,): broadcasts over columns
    y_q = np.clip(np.round(acc * multiplier), -127, 127).astype(np.int8)
    return acc, y_q
    # END SOLUTION
