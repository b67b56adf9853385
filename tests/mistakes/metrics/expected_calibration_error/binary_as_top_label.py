"""Binary probabilities treated as top-label: uses max(p, 1 − p) as the confidence and "p > 0.5 matches the label" as the outcome.

For 1-D probs the statement compares p (the probability of class 1) with the label itself,
bin by bin: a reliability diagram of the positive class.
"""
import numpy as np


def expected_calibration_error(y_true, probs, *, n_bins):
    y_true, probs = np.asarray(y_true), np.asarray(probs, dtype=float)
    if n_bins < 1 or probs.ndim not in (1, 2) or len(probs) != len(y_true) or len(y_true) == 0:
        raise ValueError("bad input")
    if probs.ndim == 1:
        confidence, outcome = np.maximum(probs, 1 - probs), ((probs > 0.5) == (y_true == 1)).astype(float)  # BINARY
    else:
        confidence = probs.max(axis=1)  # CONF
        outcome = (probs.argmax(axis=1) == y_true).astype(float)
    bins = np.clip(np.ceil(confidence * n_bins).astype(int) - 1, 0, n_bins - 1)  # BINS
    gaps, weights = [], []
    for b in range(n_bins):
        members = bins == b
        if members.any():
            gaps.append(abs(outcome[members].mean() - confidence[members].mean()))  # GAP
            weights.append(members.sum() / len(confidence))
    return float(np.dot(weights, gaps))  # TOTAL
