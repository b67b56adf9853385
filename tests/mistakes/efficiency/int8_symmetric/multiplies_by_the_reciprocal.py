"""Multiplies by the reciprocal, x · (1/scale), instead of dividing: one rounding more, and a value just below a half step can land on the other code.

The statement computes q from the float64 division x / scale. 1/scale is rounded first, so
x · (1/scale) can differ from x / scale in the last bit, enough to cross a .5 boundary (0.59 at
scale 2.54/127 gives 29.499999999999996 by division, 29.5 by the reciprocal).
"""
import numpy as np


def quantize_symmetric(x, axis=None):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0 or x.size == 0:
        raise ValueError("empty")
    if not np.all(np.isfinite(x)):
        raise ValueError("not finite")
    if axis is None:
        peak = np.float64(np.max(np.abs(x)))
        scale = float(peak / 127.0) if peak > 0 else 1.0
        v = x * (1.0 / scale)
        return np.clip(np.round(v), -127, 127).astype(np.int8), scale
    axis = axis % x.ndim
    others = tuple(a for a in range(x.ndim) if a != axis)
    peak = np.max(np.abs(x), axis=others)
    scale = np.where(peak > 0, peak / 127.0, 1.0)
    shape = [1] * x.ndim
    shape[axis] = -1
    v = x * (1.0 / scale.reshape(shape))
    return np.clip(np.round(v), -127, 127).astype(np.int8), scale


def dequantize_symmetric(q, scale, axis=None):
    q = np.asarray(q)
    if axis is None:
        return q.astype(np.float64) * float(scale)
    axis = axis % q.ndim
    scale = np.asarray(scale, dtype=np.float64)
    if scale.shape != (q.shape[axis],):
        raise ValueError("scale length")
    shape = [1] * q.ndim
    shape[axis] = -1
    return q.astype(np.float64) * scale.reshape(shape)
