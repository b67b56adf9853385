"""Takes the scale from max(x) instead of max|x|: a large negative entry is clamped to -127 and the scale is too small.

The symmetric range must cover both signs: scale = max(|x|) / 127, np.max(x). With
[-5.08, 1.0] the scale is 0.04, not 1/127.
"""
import numpy as np


def quantize_symmetric(x, axis=None):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0 or x.size == 0:
        raise ValueError("empty")
    if not np.all(np.isfinite(x)):
        raise ValueError("not finite")
    if axis is None:
        peak = np.float64(np.max(x))
        scale = float(peak / 127.0) if peak > 0 else 1.0
        v = x / scale
        return np.clip(np.round(v), -127, 127).astype(np.int8), scale
    axis = axis % x.ndim
    others = tuple(a for a in range(x.ndim) if a != axis)
    peak = np.max(x, axis=others)
    scale = np.where(peak > 0, peak / 127.0, 1.0)
    shape = [1] * x.ndim
    shape[axis] = -1
    v = x / scale.reshape(shape)
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
