"""Symmetric int8 quantisation, per tensor and per channel, and back.

Task
    Store a float array as 8-bit integers plus a scale, the way weights are stored for int8
    inference, and turn them back into floats:

        scale = max |x| / 127                      (over the whole tensor, or over one channel)
        q     = clamp(round(x / scale), -127, 127) as int8
        x̂     = q · scale                          (dequantise)

    The zero point is 0 (symmetric): the float 0.0 is exactly the integer 0.
    - Per tensor (axis=None): one scale for the whole array.
    - Per channel (axis=k): one scale per index along axis k, each from the max |x| of that
      channel's slice (x[..., c, ...] with c at position k), as for a weight matrix quantised
      per output row with axis=0.

    The rules, exactly:
    - The scale is computed in float64 as max|x| / 127 (a division by 127, not by 127.5 or 128).
    - q is round(x / scale), computed as a float64 DIVISION (not x times 1/scale), rounded half
      to EVEN as np.round / torch.round do: 2.5 → 2, 3.5 → 4, -2.5 → -2, 0.5 → 0. Then it is
      clamped to [-127, 127] (the narrow range: -128 is never used, so the range is symmetric),
      and stored as np.int8.
    - A tensor (axis=None) or a channel whose entries are all 0.0 gets scale 1.0 (not 0, which
      would divide 0 by 0); its q is all 0 and it dequantises to 0.0.
    - Dequantising multiplies q (as float64) by its scale; per channel, channel c along `axis`
      by scale[c].

Signature
    quantize_symmetric(x, axis=None) -> (q, scale)
    dequantize_symmetric(q, scale, axis=None) -> numpy.ndarray

Shapes and types
    x        a numpy array of floats (or ints) with at least one entry and at least 1 dimension
    axis     None (per tensor) or an int, the channel axis (negative values count from the end)
    q        a NEW np.int8 array of x's shape
    scale    per tensor: a Python float; per channel: a NEW float64 array of shape (x.shape[axis],)
    dequantize_symmetric returns a NEW float64 array of q's shape. The inputs are not modified.

Example
    >>> q, scale = quantize_symmetric(np.array([127.0, 2.5, -2.5, 0.5, 3.5, -127.0]))
    >>> q, scale
    (array([ 127,    2,   -2,    0,    4, -127], dtype=int8), 1.0)
    >>> q, scale = quantize_symmetric(np.array([[1.0, -2.54], [0.0, 0.0]]), axis=0)
    >>> q, scale
    (array([[  50, -127],
           [   0,    0]], dtype=int8), array([0.02, 1.  ]))
    >>> dequantize_symmetric(q, scale, axis=0)
    array([[ 1.  , -2.54],
           [ 0.  ,  0.  ]])

Constraints
    numpy only. Raise ValueError when x has no entries (or is 0-dimensional), when x holds nan
    or ±inf, and in dequantize_symmetric when axis is given and scale's length is not
    q.shape[axis]. The hidden tests use arrays of at most 3 dimensions and 60 entries, values
    of magnitude up to 1e6 (both signs) and as small as 1e-6.

    Coming from PyTorch: torch.ao.quantization's symmetric MinMaxObserver for qint8 uses the
    full range [-128, 127] and scale = max|x| / 127.5, and an all-zero tensor gets scale eps
    (float32's 1.19e-7) rather than 1.0. This kata uses the narrow range [-127, 127] with
    scale = max|x| / 127 (as TensorRT and most int8 weight quantisers do) and scale 1.0.

Time budget: 15 minutes.
"""
import numpy as np


def quantize_symmetric(x, axis=None):
    # BEGIN SOLUTION
    # Complexity: O(n) time and memory (n entries).
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0 or x.size == 0:
        raise ValueError("x must have at least one dimension and one entry")
    if not np.all(np.isfinite(x)):
        raise ValueError("x must be finite")
    if axis is None:
        peak = float(np.max(np.abs(x)))
        scale = peak / 127.0 if peak > 0 else 1.0
        q = np.clip(np.round(x / scale), -127, 127).astype(np.int8)
        return q, scale
    axis = axis % x.ndim
    # Reduce over every axis but the channel axis.
    others = tuple(a for a in range(x.ndim) if a != axis)
    peak = np.max(np.abs(x), axis=others)
    scale = np.where(peak > 0, peak / 127.0, 1.0)
    shape = [1] * x.ndim
    shape[axis] = -1                       # so scale broadcasts along the channel axis
    q = np.clip(np.round(x / scale.reshape(shape)), -127, 127).astype(np.int8)
    return q, scale
    # END SOLUTION


def dequantize_symmetric(q, scale, axis=None):
    # BEGIN SOLUTION
    q = np.asarray(q)
    if axis is None:
        return q.astype(np.float64) * float(scale)
    axis = axis % q.ndim
    scale = np.asarray(scale, dtype=np.float64)
    if scale.shape != (q.shape[axis],):
        raise ValueError("scale must hold one value per channel")
    shape = [1] * q.ndim
    shape[axis] = -1
    return q.astype(np.float64) * scale.reshape(shape)
    # END SOLUTION
