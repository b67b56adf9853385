"""Truncates the zero point with int() instead of rounding it: -min_val/scale = 1.5 gives 1, not 2.

int() drops the fraction; round first (half to even), then convert: int(np.round(-min_val / scale)).
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
    zero_point = int(np.clip(int(-min_val / scale), 0, 255))
    q = np.clip(np.round(x / scale) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q).astype(np.int64) - int(zero_point)) * float(scale)
