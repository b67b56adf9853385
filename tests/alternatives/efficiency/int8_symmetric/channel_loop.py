"""Per channel by a loop over the channels (moveaxis puts the channel axis first), the per-tensor rule reused."""
import numpy as np


def _one(x):
    peak = float(np.abs(x).max())
    scale = peak / 127 if peak != 0.0 else 1.0
    return np.clip(np.rint(x / scale), -127, 127).astype(np.int8), scale


def quantize_symmetric(x, axis=None):
    x = np.array(x, dtype=float)
    if x.ndim == 0 or x.size == 0 or np.isnan(x).any() or np.isinf(x).any():
        raise ValueError("x must be a finite array with at least one entry")
    if axis is None:
        return _one(x)
    moved = np.moveaxis(x, axis, 0)
    q = np.empty(moved.shape, dtype=np.int8)
    scales = np.empty(moved.shape[0])
    for c in range(moved.shape[0]):
        q[c], scales[c] = _one(moved[c])
    return np.ascontiguousarray(np.moveaxis(q, 0, axis)), scales


def dequantize_symmetric(q, scale, axis=None):
    if axis is None:
        return np.asarray(q, dtype=float) * scale
    moved = np.moveaxis(np.asarray(q, dtype=float), axis, 0)
    if len(np.shape(scale)) != 1 or len(scale) != moved.shape[0]:
        raise ValueError("one scale per channel")
    out = np.stack([moved[c] * scale[c] for c in range(moved.shape[0])])
    return np.ascontiguousarray(np.moveaxis(out, 0, axis))
