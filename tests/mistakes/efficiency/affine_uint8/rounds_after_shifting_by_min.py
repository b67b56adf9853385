"""Quantises as round((x − min_val) / scale) with no rounded zero point: 0.0 is not exactly representable.

Round the zero point on its own, zero_point = −round(min_val / scale), then q = round(x / scale) +
zero_point: that keeps 0.0 at an integer code, the point of the zero point.
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
    zero_point = int(np.clip(-np.round(min_val / scale), 0, 255))
    q = np.clip(np.round((x - min_val) / scale), 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q).astype(np.int64) - int(zero_point)) * float(scale)
