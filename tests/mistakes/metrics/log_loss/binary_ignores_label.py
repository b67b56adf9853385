"""Binary loss uses −ln p for every sample, even when the label is 0 (where the true class's probability is 1 − p).

With 1-D probs, p is the probability of class 1: a sample of class 0 costs −ln(1 − p).
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
        q = probs.copy()  # BINARY
    else:
        q = probs[np.arange(len(y_true)), y_true]  # MULTI
    q = np.clip(q, eps, 1.0 - eps)  # CLIP
    return float(-np.mean(np.log(q)))  # LOSS
