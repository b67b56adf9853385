"""Empty input not rejected: np.mean of nothing returns nan (with a warning) instead of raising ValueError.

A metric over zero samples is undefined: check n = 0 (and different lengths) first and raise ValueError.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def regression_metrics(y_true, y_pred):
    y_true, y_pred = np.asarray(y_true, dtype=float), np.asarray(y_pred, dtype=float)
    if y_true.shape != y_pred.shape:
        raise ValueError("lengths differ")
    e = y_true - y_pred
    with np.errstate(invalid="ignore", divide="ignore"):
        import warnings
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            mse = float(np.mean(e ** 2))
            mae = float(np.mean(np.abs(e)))
            if y_true.size and np.all(y_true == y_true[0]):
                r2 = 1.0 if np.all(e == 0) else 0.0
            else:
                r2 = float(1 - np.sum(e ** 2) / np.sum((y_true - np.mean(y_true)) ** 2))
    return mse, float(np.sqrt(mse)), mae, r2
