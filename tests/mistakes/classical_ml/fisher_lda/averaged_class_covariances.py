"""S_W as the sum of the two class COVARIANCES (each divided by its own size): classes no longer weigh by their size.

S_W is the within-class scatter: the sum over all rows of (x − mu_c)(x − mu_c)ᵀ. Dividing each
class by its own count changes the direction when the classes have different sizes.
"""
import numpy as np


def fisher_lda(X, y, *, reg=0.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (X.shape[0],) or set(np.unique(y).tolist()) != {0, 1} or reg < 0:
        raise ValueError("bad arguments")
    d = X.shape[1]
    means = [X[y == c].mean(axis=0) for c in (0, 1)]
    scatter = sum((X[y == c] - means[c]).T @ (X[y == c] - means[c]) / (y == c).sum() for c in (0, 1))
    v = np.linalg.solve(scatter + reg * np.eye(d), means[1] - means[0])  # SOLVE
    w = v / np.linalg.norm(v)  # UNIT
    threshold = float(w @ (means[0] + means[1]) / 2)  # THRESHOLD
    return w, threshold


def lda_predict(X, w, threshold):
    X = np.asarray(X, dtype=np.float64)
    return (X @ np.asarray(w, dtype=np.float64) > threshold).astype(np.int64)  # PREDICT
