"""Uses [min(x), max(x)] as the range without widening it to hold 0: an all-positive x gets a negative zero point, clamped to 0, and its codes are wrong.

MinMaxObserver takes min_val = min(min(x), 0) and max_val = max(max(x), 0) so that 0.0 is exactly
representable (the code zero_point).
"""
import numpy as np

EPS = 2.0 ** -23


def quantize_affine(x):
    x = np.asarray(x, dtype=np.float64)
    if x.ndim == 0 or x.size == 0:
        raise ValueError("empty")
    if not np.all(np.isfinite(x)):
        raise ValueError("not finite")
    min_val = float(np.min(x))
    max_val = float(np.max(x))
    scale = max((max_val - min_val) / 255.0, EPS)
    zero_point = int(np.clip(-np.round(min_val / scale), 0, 255))
    q = np.clip(np.round(x / scale) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q).astype(np.int64) - int(zero_point)) * float(scale)
