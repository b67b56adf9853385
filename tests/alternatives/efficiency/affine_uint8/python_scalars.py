"""Entry by entry with Python floats and the built-in round(), which rounds half to even as well."""
import numpy as np

EPS = 2.0 ** -23


def quantize_affine(x):
    arr = np.array(x, dtype=float)
    if arr.ndim == 0 or arr.size == 0 or not np.isfinite(arr).all():
        raise ValueError("x must be a finite array with at least one entry")
    values = [float(v) for v in arr.ravel()]
    low, high = min(min(values), 0.0), max(max(values), 0.0)
    scale = (high - low) / 255
    if scale < EPS:
        scale = EPS
    zero_point = min(255, max(0, -round(low / scale)))
    codes = [min(255, max(0, round(v / scale) + zero_point)) for v in values]
    return np.array(codes, dtype=np.uint8).reshape(arr.shape), scale, int(zero_point)


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q, dtype=np.float64) - zero_point) * scale
