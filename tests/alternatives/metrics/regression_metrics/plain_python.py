"""Plain Python loops and math.sqrt; constant target checked with a set of the values."""
import math


def regression_metrics(y_true, y_pred):
    y_true, y_pred = [float(v) for v in y_true], [float(v) for v in y_pred]
    n = len(y_true)
    if n == 0 or n != len(y_pred):
        raise ValueError("bad input")
    ss_res = sum((a - b) ** 2 for a, b in zip(y_true, y_pred))
    abs_sum = sum(abs(a - b) for a, b in zip(y_true, y_pred))
    mse = ss_res / n
    if len(set(y_true)) == 1:
        r2 = 1.0 if all(a == b for a, b in zip(y_true, y_pred)) else 0.0
    else:
        mean = sum(y_true) / n
        r2 = 1.0 - ss_res / sum((a - mean) ** 2 for a in y_true)
    return mse, math.sqrt(mse), abs_sum / n, r2
