"""Confidence taken as the probability of the TRUE class instead of the top (max) probability.

Top-label calibration compares the model's confidence in ITS prediction, max_j p_ij, with
whether that prediction was right; the true class plays a part only in the outcome.
"""
import numpy as np


def expected_calibration_error(y_true, probs, *, n_bins):
    y_true, probs = np.asarray(y_true), np.asarray(probs, dtype=float)
    if n_bins < 1 or probs.ndim not in (1, 2) or len(probs) != len(y_true) or len(y_true) == 0:
        raise ValueError("bad input")
    if probs.ndim == 1:
        confidence, outcome = probs, (y_true == 1).astype(float)  # BINARY
    else:
        confidence = probs[np.arange(len(y_true)), y_true]  # CONF
        outcome = (probs.argmax(axis=1) == y_true).astype(float)
    bins = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)  # BINS
    gaps, weights = [], []
    for b in range(n_bins):
        members = bins == b
        if members.any():
            gaps.append(abs(outcome[members].mean() - confidence[members].mean()))  # GAP
            weights.append(members.sum() / len(confidence))
    return float(np.dot(weights, gaps))  # TOTAL
