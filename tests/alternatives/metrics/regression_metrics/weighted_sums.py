"""Sums with np.dot; R² as 1 − SS_res/SS_tot with SS_tot from the centred targets; constant via np.unique."""
import numpy as np


def regression_metrics(y_true, y_pred):
    y = np.asarray(y_true, dtype=float).ravel()
    f = np.asarray(y_pred, dtype=float).ravel()
    if y.size == 0 or y.size != f.size:
        raise ValueError("bad input")
    r = y - f
    ss_res = float(np.dot(r, r))
    n = y.size
    mse = ss_res / n
    if np.unique(y).size == 1:
        r2 = 1.0 if ss_res == 0.0 else 0.0
    else:
        centred = y - y.sum() / n
        r2 = 1.0 - ss_res / float(np.dot(centred, centred))
    return mse, mse ** 0.5, float(np.abs(r).sum() / n), r2
