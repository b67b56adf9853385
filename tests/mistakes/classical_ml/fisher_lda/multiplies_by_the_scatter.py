"""Multiplies by S_W instead of solving with it: w ∝ S_W (mu_1 − mu_0).

The direction needs S_W's INVERSE applied to mu_1 − mu_0: np.linalg.solve(S_W, mu_1 − mu_0).
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
    v = (scatter + reg * np.eye(d)) @ (means[1] - means[0])
    w = v / np.linalg.norm(v)  # UNIT
    threshold = float(w @ (means[0] + means[1]) / 2)  # THRESHOLD
    return w, threshold


def lda_predict(X, w, threshold):
    X = np.asarray(X, dtype=np.float64)
    return (X @ np.asarray(w, dtype=np.float64) > threshold).astype(np.int64)  # PREDICT
