"""RMSE as the mean of the square roots of the squared errors, which is just MAE.

The root goes OUTSIDE the mean: rmse = √(mean(e²)), which is ≥ MAE and weighs large errors more.
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
    rmse = float(np.mean(np.sqrt(e ** 2)))
    if np.all(y_true == y_true[0]):
        r2 = 1.0 if np.all(e == 0) else 0.0
    else:
        r2 = float(1 - np.sum(e ** 2) / np.sum((y_true - y_true.mean()) ** 2))
    return mse, rmse, float(np.mean(np.abs(e))), r2
