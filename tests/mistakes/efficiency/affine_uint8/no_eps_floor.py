"""Leaves the scale at (max_val − min_val)/255 with no EPS floor: an all-zero x gets scale 0 and 0/0 = nan.

The scale is floored at EPS = 2**-23 (as MinMaxObserver's eps): an all-zero x gets scale EPS and
zero point 0.
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
    scale = (max_val - min_val) / 255.0
    with np.errstate(invalid='ignore', divide='ignore'):
        zero_point = int(np.clip(-np.nan_to_num(np.round(min_val / scale)), 0, 255)) if scale > 0 else 0
    with np.errstate(invalid='ignore', divide='ignore'):
        q = np.clip(np.nan_to_num(np.round(x / scale)) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q).astype(np.int64) - int(zero_point)) * float(scale)
