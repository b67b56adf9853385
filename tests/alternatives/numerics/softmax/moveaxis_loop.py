"""Move the softmax axis last, loop over rows in plain Python with math, move it back."""
import math

import numpy as np


def _rows(x, axis, row_fn):
    x = np.array(x, dtype=float)
    moved = np.moveaxis(x, axis, -1)
    flat = moved.reshape(-1, moved.shape[-1]) if moved.size else moved.reshape(0, moved.shape[-1])
    out = np.empty_like(flat)
    for r, row in enumerate(flat):
        out[r] = row_fn(list(row))
    return np.moveaxis(out.reshape(moved.shape), -1, axis).copy()


def _log_row(row):
    m = max(row)
    if m == -math.inf:
        return [math.nan] * len(row)
    total = sum(math.exp(v - m) for v in row)
    log_total = math.log(total)
    return [v - m - log_total for v in row]


def log_softmax(x, axis=-1):
    return _rows(x, axis, _log_row)


def softmax(x, axis=-1):
    return _rows(x, axis, lambda row: [math.exp(v) for v in _log_row(row)])
