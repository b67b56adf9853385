"""Shrinkage forgotten while fitting: F moves by the whole stump, so later residuals are too small.

Every round adds learning_rate · stump(X) to F; the next stump fits what is then left.
"""
import numpy as np


def fit_gb_stumps(X, y, *, n_estimators, learning_rate):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    if X.ndim != 2 or y.shape != (X.shape[0],) or n_estimators < 0 or not learning_rate > 0:
        raise ValueError("bad arguments")
    n, d = X.shape
    if n_estimators > 0 and all(len(np.unique(X[:, j])) < 2 for j in range(d)):
        raise ValueError("nothing to split")
    init = float(y.mean())  # INIT
    F = np.full(n, init)
    stumps = []
    for _ in range(n_estimators):
        r = y - F  # RESIDUAL
        best = None
        for j in range(d):
            values = np.unique(X[:, j])
            for t in (values[:-1] + values[1:]) / 2:  # CANDIDATES
                left = X[:, j] <= t
                r_left, r_right = r[left], r[~left]
                cost = ((r_left - r_left.mean()) ** 2).sum() + ((r_right - r_right.mean()) ** 2).sum()
                if best is None or cost < best[0]:  # TIE
                    best = (cost, j, float(t), float(r_left.mean()), float(r_right.mean()))
        _, j, t, left_value, right_value = best
        stumps.append((j, t, left_value, right_value))  # STORE
        F = F + np.where(X[:, j] <= t, left_value, right_value)
    return init, stumps


def predict_gb(X, init, stumps, *, learning_rate):
    X = np.asarray(X, dtype=np.float64)
    predictions = np.full(X.shape[0], float(init))
    for j, t, left_value, right_value in stumps:
        predictions += learning_rate * np.where(X[:, j] <= t, left_value, right_value)  # PREDICT
    return predictions
