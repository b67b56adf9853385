"""Clips q only from below, np.maximum(q, eps), where the statement clips to [eps, 1 − eps]: a certain correct answer costs 0.0, not −ln(1 − eps) ≈ 2.2e-16.

The upper bound matters only in the last digits, but the statement (and scikit-learn) clip both
ways: np.clip(q, eps, 1 - eps).
"""
import numpy as np


def log_loss(y_true, probs):
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(y_true)
    if p.ndim not in (1, 2) or y.ndim != 1 or y.size == 0 or len(y) != len(p):
        raise ValueError("bad arguments")
    if np.any((p < 0) | (p > 1)):
        raise ValueError("probabilities must lie in [0, 1]")
    if p.ndim == 1:
        p = np.stack([1 - p, p], axis=1)
    if np.any((y < 0) | (y >= p.shape[1])):
        raise ValueError("invalid label")
    q = np.maximum(p[np.arange(len(y)), y.astype(int)], np.finfo(np.float64).eps)
    return float(-np.mean(np.log(q)))
