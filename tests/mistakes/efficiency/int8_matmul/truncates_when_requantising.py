"""Truncates acc·M toward zero instead of rounding: 1.5 becomes 1 and -0.75 becomes 0.

Round half to even with np.round before the clamp and the cast; astype(np.int8) alone truncates.
"""
import numpy as np


def quantized_matmul(a_q, a_scale, b_q, b_scale, out_scale):
    a_q = np.asarray(a_q)
    b_q = np.asarray(b_q)
    if a_q.dtype != np.int8 or b_q.dtype != np.int8 or a_q.ndim != 2 or b_q.ndim != 2:
        raise ValueError("int8 matrices")
    if a_q.shape[1] != b_q.shape[0]:
        raise ValueError("inner dimensions")
    b_scale = np.asarray(b_scale, dtype=np.float64)
    if b_scale.ndim not in (0, 1) or (b_scale.ndim == 1 and b_scale.shape != (b_q.shape[1],)):
        raise ValueError("b_scale")
    scales = np.concatenate([[float(a_scale), float(out_scale)], b_scale.ravel()])
    if not np.all(np.isfinite(scales)) or not np.all(scales > 0):
        raise ValueError("scales")
    acc = a_q.astype(np.int32) @ b_q.astype(np.int32)
    multiplier = (float(a_scale) * b_scale) / float(out_scale)
    y_q = np.clip(np.trunc(acc * multiplier), -127, 127).astype(np.int8)
    return acc, y_q
