"""np.rint (half to even) on the range from np.ptp of the range's endpoints; the signed subtraction via int16."""
import numpy as np


def quantize_affine(x):
    x = np.asarray(x, dtype=np.float64)
    if x.size == 0 or x.ndim == 0:
        raise ValueError("no entries")
    if np.isnan(x).any() or np.isinf(x).any():
        raise ValueError("not finite")
    ends = np.array([min(x.min(), 0.0), max(x.max(), 0.0)])
    scale = float(np.maximum(np.ptp(ends) / 255, np.float64(np.finfo(np.float32).eps)))
    zero_point = int(np.clip(-np.rint(ends[0] / scale), 0, 255))
    q = np.rint(x / scale) + zero_point
    return np.clip(q, 0, 255).astype(np.uint8), scale, zero_point


def dequantize_affine(q, scale, zero_point):
    return (np.asarray(q).astype(np.int16) - np.int16(zero_point)).astype(np.float64) * scale
