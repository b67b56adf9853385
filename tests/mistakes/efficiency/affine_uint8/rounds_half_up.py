"""Rounds half up, floor(v + 0.5): 0.5 becomes 1 and -1.5 becomes -1, where round half to even gives 0 and -2.

The statement rounds half to EVEN (np.round, torch.round) both for the zero point and for
x / scale.
"""
import numpy as np

EPS = 2.0 ** -23


def quantize_affine(x):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0 or x.size == 0:
        raise ValueError("empty")
    if not np.all(np.isfinite(x)):
        raise ValueError("not finite")
    min_val = min(float(np.min(x)), 0.0)
    max_val = max(float(np.max(x)), 0.0)
    scale = max((max_val - min_val) / 255.0, EPS)
    zero_point = int(np.clip(-np.floor(min_val / scale + 0.5), 0, 255))
    q = np.clip(np.floor(x / scale + 0.5) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q).astype(np.int64) - int(zero_point)) * float(scale)
