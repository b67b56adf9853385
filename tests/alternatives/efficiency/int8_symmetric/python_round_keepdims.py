"""Scales with keepdims (amax over the other axes), rounding element by element with Python's round(), which is half to even too."""
import numpy as np


def quantize_symmetric(x, axis=None):
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0 or x.ndim == 0:
        raise ValueError("no entries")
    if not np.isfinite(x).all():
        raise ValueError("nan or inf")
    if axis is None:
        reduce_over = tuple(range(x.ndim))
    else:
        reduce_over = tuple(a for a in range(x.ndim) if a != axis % x.ndim)
    peak = np.amax(np.abs(x), axis=reduce_over, keepdims=True)
    safe = peak.copy()
    safe[safe == 0] = 127.0                 # 127 / 127 = scale 1.0 for an all-zero channel
    scale = safe / 127.0
    ratio = x / scale
    q = np.array([min(127, max(-127, round(v))) for v in ratio.ravel()], dtype=np.int8).reshape(x.shape)
    if axis is None:
        return q, float(scale.ravel()[0])
    return q, scale.reshape(-1).copy()


def dequantize_symmetric(q, scale, axis=None):
    q = np.asarray(q).astype(np.float64)
    if axis is None:
        return q * scale
    scale = np.asarray(scale, dtype=np.float64)
    if scale.ndim != 1 or scale.size != q.shape[axis]:
        raise ValueError("one scale per channel")
    return q * np.expand_dims(scale, tuple(a for a in range(q.ndim) if a != axis % q.ndim))
