"""Relies on numpy to reject inputs of different lengths: a single label broadcasts against every row of probs.

np.where(y == 1, p, 1 - p) with y of shape (1,) and p of shape (3,) is a valid (3,) array, so
1 label and 3 probabilities return a number instead of the ValueError the statement asks for.
Compare the lengths explicitly: if len(y_true) != len(probs): raise ValueError(...).
"""
import numpy as np

NAMED_BY_MESSAGE = "even though numpy would broadcast"


def log_loss(y_true, probs):
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(y_true)
    if p.ndim not in (1, 2) or y.size == 0 or len(p) == 0:
        raise ValueError("bad arguments")
    if np.any((p < 0) | (p > 1)):
        raise ValueError("probabilities must lie in [0, 1]")
    eps = np.finfo(np.float64).eps
    if p.ndim == 1:
        if np.any((y != 0) & (y != 1)):
            raise ValueError("invalid label")
        q = np.where(y == 1, p, 1 - p)
    else:
        if np.any((y < 0) | (y >= p.shape[1])):
            raise ValueError("invalid label")
        rows = y.reshape(-1, 1) * np.ones((len(p), 1), dtype=int)
        q = np.take_along_axis(p, rows, axis=1)[:, 0]
    return float(-np.mean(np.log(np.clip(q, eps, 1 - eps))))
