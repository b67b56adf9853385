"""Classic discrete AdaBoost bookkeeping: beta = ½ log((1 − ε)/ε), w·exp(−beta·y·h), then alpha = 2·beta is reported."""
import math

import numpy as np


def fit_adaboost(X, y, *, n_estimators):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (len(X),):
        raise ValueError("bad shapes")
    if not set(y.tolist()) <= {-1, 1}:
        raise ValueError("labels must be -1 and +1")
    if n_estimators < 0:
        raise ValueError("n_estimators must be >= 0")
    d = X.shape[1]
    candidates = []
    for j in range(d):
        v = np.unique(X[:, j])
        candidates += [(j, float(t), p) for t in (v[:-1] + v[1:]) / 2 for p in (1, -1)]
    if n_estimators > 0 and not candidates:
        raise ValueError("nothing to split")
    w = np.ones(len(y)) / len(y)
    out = []
    for _ in range(n_estimators):
        errors = [float(w[np.where(X[:, j] <= t, p, -p) != y].sum()) for j, t, p in candidates]
        k = next(i for i, e in enumerate(errors) if e <= min(errors) + 1e-12)   # first of the (near-)ties
        eps = errors[k]
        j, t, p = candidates[k]
        if eps == 0.0:
            out.append((j, t, p, 1.0))
            break
        if eps >= 0.5 - 1e-12:
            break
        beta = 0.5 * math.log((1 - eps) / eps)
        h = np.where(X[:, j] <= t, p, -p)
        w = w * np.exp(-beta * y * h)
        w /= w.sum()
        out.append((j, t, p, 2 * beta))
    return out


def predict_adaboost(X, stumps):
    X = np.asarray(X, dtype=np.float64)
    score = sum((a * np.where(X[:, j] <= t, p, -p) for j, t, p, a in stumps), np.zeros(len(X)))
    return np.where(score > 0, 1, -1).astype(np.int64)
