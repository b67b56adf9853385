"""Relies on numpy to reject inputs of different lengths: y_true − y_pred broadcasts when one of them has length 1.

np.array([1, 2, 3]) − np.array([2]) is [−1, 0, 1], not an error, so a length-1 prediction (or
target) gives numbers instead of the ValueError the statement asks for. Compare the lengths
explicitly: if len(y_true) != len(y_pred): raise ValueError(...).
"""
import numpy as np

NAMED_BY_MESSAGE = "even though numpy would broadcast"


def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true, dtype=np.float64)
    p = np.asarray(y_pred, dtype=np.float64)
    if y.size == 0 or p.size == 0:
        raise ValueError("no samples")
    errors = y - p
    mse = float(np.mean(errors ** 2))
    mae = float(np.mean(np.abs(errors)))
    if np.all(y == y[0]):
        r2 = 1.0 if np.all(errors == 0) else 0.0
    else:
        r2 = float(1.0 - np.sum(errors ** 2) / np.sum((y - y.mean()) ** 2))
    return mse, float(np.sqrt(mse)), mae, r2
