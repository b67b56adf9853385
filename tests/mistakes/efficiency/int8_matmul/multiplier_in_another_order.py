"""Computes the multiplier in another order, a_scale / out_scale · b_scale: the last bit differs, and a product near a half step rounds the other way.

The statement pins M = (a_scale · b_scale) / out_scale in float64, in that order; floating-point
multiplication and division are not associative (with scales 0.1, 0.1, 0.1: 0.10000000000000002 against 0.1).
"""
import numpy as np
def quantized_matmul(a_q, a_scale, b_q, b_scale, out_scale):
    if not all(isinstance(t, np.ndarray) and t.dtype == np.int8 and t.ndim == 2 for t in (a_q, b_q)):
        raise ValueError
    if a_q.shape[1] != b_q.shape[0]:
        raise ValueError
    bs = np.asarray(b_scale, float)
    if bs.ndim > 1 or (bs.ndim == 1 and bs.shape[0] != b_q.shape[1]):
        raise ValueError
    allsc = np.append(bs.ravel(), [a_scale, out_scale])
    if not (np.isfinite(allsc).all() and (allsc > 0).all()):
        raise ValueError
    acc = np.matmul(a_q, b_q, dtype=np.int32)
    y = np.round(acc * (a_scale / out_scale * bs))
    return acc, np.clip(y, -127, 127).astype(np.int8)
