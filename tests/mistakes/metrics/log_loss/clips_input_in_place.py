"""Clips the caller's array in place: np.asarray does not copy a float64 array, and np.clip(..., out=probs) then overwrites the caller's probabilities.

A metric must leave its inputs as they were. Clip into a new array (q = np.clip(q, eps, 1 - eps)),
or copy first with np.array(probs, dtype=float).
"""
import numpy as np

NAMED_BY_MESSAGE = "modified its argument `probs`"


def log_loss(y_true, probs):
    y_true = np.asarray(y_true)
    probs = np.asarray(probs, dtype=float)
    if probs.ndim not in (1, 2) or len(y_true) == 0 or len(y_true) != len(probs):
        raise ValueError("bad input")
    if np.any(probs < 0) or np.any(probs > 1):
        raise ValueError("probabilities outside [0, 1]")
    k = 2 if probs.ndim == 1 else probs.shape[1]
    if np.any((y_true < 0) | (y_true >= k)):
        raise ValueError("bad label")
    eps = np.finfo(np.float64).eps
    np.clip(probs, eps, 1.0 - eps, out=probs)  # saves a copy...
    if probs.ndim == 1:
        q = np.where(y_true == 1, probs, 1.0 - probs)
    else:
        q = probs[np.arange(len(y_true)), y_true]
    return float(-np.mean(np.log(q)))
