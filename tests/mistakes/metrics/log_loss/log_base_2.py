"""Base-2 logarithm (bits) instead of the natural logarithm (nats).

Log loss uses ln, as scikit-learn does: np.log, not np.log2. The two differ by a factor ln 2.
"""
import numpy as np


def log_loss(y_true, probs):
    y_true, probs = np.asarray(y_true), np.asarray(probs, dtype=float)
    if probs.ndim not in (1, 2) or len(y_true) == 0 or len(y_true) != len(probs):
        raise ValueError("bad input")
    if np.any(probs < 0) or np.any(probs > 1):  # RANGE
        raise ValueError("probabilities outside [0, 1]")
    k = 2 if probs.ndim == 1 else probs.shape[1]
    if np.any((y_true < 0) | (y_true >= k)):
        raise ValueError("bad label")
    eps = np.finfo(np.float64).eps  # EPS
    if probs.ndim == 1:
        q = np.where(y_true == 1, probs, 1.0 - probs)  # BINARY
    else:
        q = probs[np.arange(len(y_true)), y_true]  # MULTI
    q = np.clip(q, eps, 1.0 - eps)  # CLIP
    return float(-np.mean(np.log2(q)))  # LOSS
