"""Multiplies by the reciprocal, x · (1/scale), instead of dividing: a value near a half step can land on the other code.

The statement computes x / scale as a float64 division. 1/scale is rounded first, so the product can
differ in the last bit and cross a .5 boundary (0.205 at scale 2.55/255: 20.500000000000004 by division,
20.5 by the reciprocal). PyTorch's kernels do multiply by the reciprocal; this kata pins the division.
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
    q = np.clip(np.round(x * (1.0 / scale)) + zero_point, 0, 255).astype(np.uint8)
    return q, scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q).astype(np.int64) - int(zero_point)) * float(scale)
