"""Move the reduced axes to the end, flatten them, and reduce each slice with math in plain Python."""
import math

import numpy as np


def _one(values):
    if any(math.isnan(v) for v in values):
        return math.nan
    if any(v == math.inf for v in values):
        return math.inf
    finite = [v for v in values if v != -math.inf]
    if not finite:
        return -math.inf
    m = max(finite)
    return m + math.log(sum(math.exp(v - m) for v in finite))


def logsumexp(x, axis=None, keepdims=False):
    x = np.asarray(x, dtype=float)
    axes = tuple(range(x.ndim)) if axis is None else (axis if isinstance(axis, tuple) else (axis,))
    axes = tuple(a % x.ndim for a in axes)
    kept = [a for a in range(x.ndim) if a not in axes]
    moved = np.transpose(x, kept + list(axes))
    kept_shape = tuple(x.shape[a] for a in kept)
    length = int(np.prod([x.shape[a] for a in axes]))
    flat = moved.reshape(int(np.prod(kept_shape)), length)
    out = np.array([_one(list(row)) for row in flat], dtype=float).reshape(kept_shape)
    if keepdims:
        out = out.reshape(tuple(1 if a in axes else x.shape[a] for a in range(x.ndim)))
    return float(out) if out.ndim == 0 else out
