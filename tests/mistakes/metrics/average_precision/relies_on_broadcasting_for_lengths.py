"""Relies on numpy to reject inputs of different lengths: a single label broadcasts against every score.

np.broadcast_arrays (or any elementwise operation) turns 1 label into n copies, so 1 label and
3 scores give an AP instead of the ValueError the statement asks for. Compare the lengths
explicitly: if len(y_true) != len(y_score): raise ValueError(...).
"""
import numpy as np

NAMED_BY_MESSAGE = "even though numpy would broadcast"


def average_precision(y_true, y_score):
    y, s = np.broadcast_arrays(np.asarray(y_true), np.asarray(y_score, dtype=np.float64))
    if y.size == 0:
        raise ValueError("no samples")
    if not np.all((y == 0) | (y == 1)):
        raise ValueError("labels must be 0 or 1")
    n_pos = int(y.sum())
    if n_pos == 0:
        return 0.0
    total = 0.0
    for i in np.flatnonzero(y == 1):
        selected = s >= s[i]
        total += y[selected].sum() / selected.sum()
    return float(total / n_pos)
