"""Clipped only from below: p is clipped to [eps, 1] before forming 1 − p, so a label 0 with p = 1 still gives ln(0) = −inf.

Clip the probability of the TRUE class (after forming 1 − p) on both sides, to [eps, 1 − eps].
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
        p = np.clip(probs, np.finfo(np.float64).eps, 1.0)
        q = np.where(y_true == 1, p, 1.0 - p)  # BINARY
    else:
        q = probs[np.arange(len(y_true)), y_true]  # MULTI
    q = np.clip(q, 0.0, 1.0) if probs.ndim == 1 else np.clip(q, eps, 1.0 - eps)  # CLIP
    return float(-np.mean(np.log(q)))  # LOSS
