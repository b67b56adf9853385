"""Constant target always scores 0.0, even when the predictions are perfect.

With a constant target, perfect predictions (every ŷ == y) get r2 = 1.0; only imperfect ones get 0.0.
"""
import numpy as np


def _errors(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.size == 0 or y_true.shape != y_pred.shape:
        raise ValueError("bad input")
    return y_true, y_pred, y_true - y_pred


def regression_metrics(y_true, y_pred):
    y_true, y_pred, e = _errors(y_true, y_pred)
    mse = float(np.mean(e ** 2))
    ss_tot = np.sum((y_true - y_true.mean()) ** 2)
    r2 = 0.0 if np.all(y_true == y_true[0]) else float(1 - np.sum(e ** 2) / ss_tot)
    return mse, float(np.sqrt(mse)), float(np.mean(np.abs(e))), r2
