"""Constant target detected by the computed SS_tot == 0: float rounding makes SS_tot of [0.1, 0.1, 0.1] about 6e-34, so r2 comes out near −5e31.

The statement decides "constant" by comparing the entries of y_true (np.all(y_true == y_true[0])),
which rounding cannot fool.
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
    ss_res, ss_tot = np.sum(e ** 2), np.sum((y_true - y_true.mean()) ** 2)
    if ss_tot == 0:
        r2 = 1.0 if ss_res == 0 else 0.0
    else:
        r2 = float(1 - ss_res / ss_tot)
    return mse, float(np.sqrt(mse)), float(np.mean(np.abs(e))), r2
