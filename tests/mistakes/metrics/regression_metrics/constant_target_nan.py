"""Constant target not handled: 1 − SS_res/SS_tot divides by SS_tot = 0, giving nan (perfect) or −inf (imperfect).

When every y_true is equal, SS_tot is 0. The statement pins r2 = 1.0 for perfect predictions and
0.0 otherwise: test for a constant target before dividing.
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
    with np.errstate(invalid="ignore", divide="ignore"):
        r2 = float(1 - np.sum(e ** 2) / np.sum((y_true - y_true.mean()) ** 2))
    return mse, float(np.sqrt(mse)), float(np.mean(np.abs(e))), r2
