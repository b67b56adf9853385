"""Relies on numpy to reject inputs of different lengths: a single label broadcasts against every confidence.

(y_true == 1) of shape (1,) combines with n confidences without an error, so 1 label and 3
probabilities return a number instead of the ValueError the statement asks for. Compare the
lengths explicitly: if len(y_true) != len(probs): raise ValueError(...).
"""
import numpy as np

NAMED_BY_MESSAGE = "even though numpy would broadcast"


def expected_calibration_error(y_true, probs, *, n_bins):
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(y_true)
    if n_bins < 1 or p.ndim not in (1, 2) or len(y) == 0 or len(p) == 0:
        raise ValueError("bad arguments")
    if p.ndim == 1:
        confidence = p
        outcome = (y == 1) * np.ones(len(p))
    else:
        confidence = p.max(axis=1)
        outcome = (p.argmax(axis=1) == y).astype(np.float64)
    bins = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)
    gap = np.bincount(bins, outcome, n_bins) - np.bincount(bins, confidence, n_bins)
    return float(np.abs(gap).sum() / len(confidence))
