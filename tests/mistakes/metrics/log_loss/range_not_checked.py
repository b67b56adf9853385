"""Probabilities outside [0, 1] are not rejected: a probability of 1.5 is clipped silently instead of raising ValueError.

A value outside [0, 1] is not a probability (often a logit passed by mistake): raise ValueError,
as scikit-learn does, rather than hide it with the clipping.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def log_loss(y_true, probs):
    y_true, probs = np.asarray(y_true), np.asarray(probs, dtype=float)
    if probs.ndim not in (1, 2) or len(y_true) == 0 or len(y_true) != len(probs):
        raise ValueError("bad input")
    if False:  # RANGE
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
    return float(-np.mean(np.log(q)))  # LOSS
