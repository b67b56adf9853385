"""Dequantises with q − zero_point in uint8: 0 − 128 wraps around to 128, so −64 comes back as +64.

Cast q to a signed type first: (q.astype(np.int64) − zero_point) · scale.
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
    q = np.clip(np.round(x / scale) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q) - np.uint8(zero_point)) * float(scale)
