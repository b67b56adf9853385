"""Checks only label ≥ k: a label of −1 is not rejected and numpy indexing reads the LAST class.

probs[i, -1] is valid numpy, so a negative label silently scores the last column. The statement
asks for ValueError for any label outside 0 … k − 1: check y < 0 too.
"""
import numpy as np

NAMED_BY_MESSAGE = "numpy indexing would quietly read the last class"


def log_loss(y_true, probs):
    p = np.asarray(probs, dtype=np.float64)
    y = np.asarray(y_true)
    if p.ndim not in (1, 2) or y.ndim != 1 or y.size == 0 or len(y) != len(p):
        raise ValueError("bad arguments")
    if np.any((p < 0) | (p > 1)):
        raise ValueError("probabilities must lie in [0, 1]")
    if p.ndim == 1:
        p = np.stack([1 - p, p], axis=1)
    if np.any(y >= p.shape[1]):
        raise ValueError("invalid label")
    eps = np.finfo(np.float64).eps
    q = np.clip(p[np.arange(len(y)), y.astype(int)], eps, 1 - eps)
    return float(-np.mean(np.log(q)))
