"""R² from variances: 1 − mse / var(y_true); constant target found with np.ptp (max − min) == 0."""
import numpy as np


def regression_metrics(y_true, y_pred):
    y = np.array(y_true, dtype=np.float64)
    p = np.array(y_pred, dtype=np.float64)
    if y.ndim != 1 or len(y) == 0 or y.shape != p.shape:
        raise ValueError("bad input")
    residual = p - y
    mse = np.dot(residual, residual) / len(y)
    mae = np.abs(residual).mean()
    if np.ptp(y) == 0:
        r2 = float(np.array_equal(y, p))
    else:
        r2 = 1.0 - mse / y.var()
    return float(mse), float(np.sqrt(mse)), float(mae), float(r2)
