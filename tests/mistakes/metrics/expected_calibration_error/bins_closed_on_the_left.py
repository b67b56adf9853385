"""Bins [lo, hi) instead of (lo, hi]: a confidence exactly on an edge goes to the UPPER bin (floor(c · n_bins)), with c = 1 clipped into the last bin.

The statement's bins are open below and closed above: c = 0.5 with n_bins = 2 is in [0, 0.5].
Use ceil(c · n_bins) − 1 (clipped at 0), or np.searchsorted(inner_edges, c, side="left").
"""
import numpy as np


def expected_calibration_error(y_true, probs, *, n_bins):
    y_true, probs = np.asarray(y_true), np.asarray(probs, dtype=float)
    if n_bins < 1 or probs.ndim not in (1, 2) or len(probs) != len(y_true) or len(y_true) == 0:
        raise ValueError("bad input")
    if probs.ndim == 1:
        confidence, outcome = probs, (y_true == 1).astype(float)  # BINARY
    else:
        confidence = probs.max(axis=1)  # CONF
        outcome = (probs.argmax(axis=1) == y_true).astype(float)
    bins = np.clip(np.floor(confidence * n_bins).astype(int), 0, n_bins - 1)  # BINS
    gaps, weights = [], []
    for b in range(n_bins):
        members = bins == b
        if members.any():
            gaps.append(abs(outcome[members].mean() - confidence[members].mean()))  # GAP
            weights.append(members.sum() / len(confidence))
    return float(np.dot(weights, gaps))  # TOTAL
