"""One streaming pass per slice, as in online softmax: a running maximum and a running sum rescaled when the maximum grows."""
import math

import numpy as np


def _online(values):
    m, s = -math.inf, 0.0
    for v in values:
        if math.isnan(v):
            return math.nan
        if v == math.inf:
            m, s = math.inf, math.inf      # keep looking: a later nan still wins
            continue
        if m == math.inf or v == -math.inf:
            continue
        if v > m:
            s = s * math.exp(m - v) + 1.0 if m > -math.inf else 1.0
            m = v
        else:
            s += math.exp(v - m)
    if m == math.inf:
        return math.inf
    return m + math.log(s) if s > 0 else -math.inf


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    if axis is None:
        axes = tuple(range(x.ndim))
    else:
        axes = tuple(a % x.ndim for a in (axis if isinstance(axis, tuple) else (axis,)))
    rest = [a for a in range(x.ndim) if a not in axes]
    moved = np.transpose(x, rest + list(axes))
    out_shape = tuple(x.shape[a] for a in rest)
    slices = moved.reshape(int(np.prod(out_shape, dtype=int)), -1) if moved.size else \
        np.zeros((int(np.prod(out_shape, dtype=int)), 0))
    out = np.array([_online(row.tolist()) for row in slices], dtype=float).reshape(out_shape)
    if keepdims:
        out = out.reshape(tuple(1 if a in axes else n for a, n in enumerate(x.shape)))
    return float(out) if out.ndim == 0 else out
