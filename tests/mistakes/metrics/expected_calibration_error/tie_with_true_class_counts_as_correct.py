"""Counts a sample as correct when the true class's probability EQUALS the top one, so an argmax tie involving the true class is right.

The statement pins o = 1 only when argmax_j probs[i, j] == y_true[i], and np.argmax gives a tie
to the smallest class index: in [0.4, 0.4, 0.2] with y = 1 the prediction is class 0, which is
wrong. Compare np.argmax(probs, axis=1) with y_true, not probs[i, y] with the maximum.
"""
import numpy as np


def expected_calibration_error(y_true, probs, *, n_bins):
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(y_true)
    if n_bins < 1 or p.ndim not in (1, 2) or len(y) == 0 or len(y) != len(p):
        raise ValueError("bad arguments")
    if p.ndim == 1:
        confidence = p
        outcome = (y == 1).astype(np.float64)
    else:
        confidence = p.max(axis=1)
        outcome = (p[np.arange(len(y)), y] == confidence).astype(np.float64)
    bins = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)
    gap = np.bincount(bins, outcome, n_bins) - np.bincount(bins, confidence, n_bins)
    return float(np.abs(gap).sum() / len(confidence))
