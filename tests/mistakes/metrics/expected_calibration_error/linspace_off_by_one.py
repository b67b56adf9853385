"""Off-by-one bins: np.linspace(0, 1, n_bins) gives n_bins − 1 bins of width 1/(n_bins − 1), not n_bins bins of width 1/n_bins.

n_bins bins need n_bins + 1 edges: np.linspace(0, 1, n_bins + 1).
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
    edges = np.linspace(0, 1, n_bins)
    bins = np.searchsorted(edges[1:-1], confidence, side="left")  # BINS
    gaps, weights = [], []
    for b in range(n_bins):
        members = bins == b
        if members.any():
            gaps.append(abs(outcome[members].mean() - confidence[members].mean()))  # GAP
            weights.append(members.sum() / len(confidence))
    return float(np.dot(weights, gaps))  # TOTAL
