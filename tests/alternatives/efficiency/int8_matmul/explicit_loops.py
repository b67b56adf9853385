"""Plain loops with Python ints (exact, no overflow) and the built-in round(), half to even."""
import numpy as np


def quantized_matmul(a_q, a_scale, b_q, b_scale, out_scale):
    if not (isinstance(a_q, np.ndarray) and isinstance(b_q, np.ndarray)):
        raise ValueError("arrays expected")
    if a_q.dtype != np.int8 or b_q.dtype != np.int8 or a_q.ndim != 2 or b_q.ndim != 2:
        raise ValueError("2-D int8 arrays expected")
    n, k = a_q.shape
    k2, m = b_q.shape
    if k != k2:
        raise ValueError("inner dimensions differ")
    if np.ndim(b_scale) == 0:
        column_scales = [float(b_scale)] * m
    elif np.ndim(b_scale) == 1 and len(b_scale) == m:
        column_scales = [float(s) for s in b_scale]
    else:
        raise ValueError("b_scale")
    for s in [float(a_scale), float(out_scale)] + column_scales:
        if not (np.isfinite(s) and s > 0):
            raise ValueError("scales must be positive")
    acc = np.zeros((n, m), dtype=np.int32)
    y_q = np.zeros((n, m), dtype=np.int8)
    for i in range(n):
        for j in range(m):
            total = sum(int(a_q[i, t]) * int(b_q[t, j]) for t in range(k))
            acc[i, j] = total
            code = round(total * ((float(a_scale) * column_scales[j]) / float(out_scale)))
            y_q[i, j] = max(-127, min(127, code))
    return acc, y_q
