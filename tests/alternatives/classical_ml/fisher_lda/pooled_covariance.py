"""Pooled covariance S_W / (n − 2) (as scikit-learn), solved by Gaussian elimination; the scale drops out when w is normalised."""
import numpy as np


def _solve(A, b):
    A, b = A.copy(), b.copy()
    n = len(b)
    for k in range(n):
        p = k + int(np.argmax(np.abs(A[k:, k])))
        A[[k, p]], b[[k, p]] = A[[p, k]], b[[p, k]]
        for i in range(k + 1, n):
            f = A[i, k] / A[k, k]
            A[i, k:] -= f * A[k, k:]
            b[i] -= f * b[k]
    x = np.zeros(n)
    for i in reversed(range(n)):
        x[i] = (b[i] - A[i, i + 1:] @ x[i + 1:]) / A[i, i]
    return x


def fisher_lda(X, y, *, reg=0.0):
    X = np.asarray(X, dtype=np.float64)
    y = np.asarray(y)
    if X.ndim != 2 or y.shape != (len(X),):
        raise ValueError("bad shapes")
    if sorted(set(y.tolist())) != [0, 1]:
        raise ValueError("y must hold both 0 and 1 and nothing else")
    if reg < 0:
        raise ValueError("reg must be >= 0")
    n, d = X.shape
    m0, m1 = X[y == 0].mean(axis=0), X[y == 1].mean(axis=0)
    centred = X - np.where(y[:, None] == 1, m1, m0)
    # (S_W + reg I) v = Δ  is the same direction as  (S_W/s + (reg/s) I) v = Δ  for any s > 0
    s = max(n - 2, 1)
    v = _solve(centred.T @ centred / s + (reg / s) * np.eye(d), m1 - m0)
    w = v / np.sqrt(v @ v)
    return w, float((w @ m0 + w @ m1) / 2)


def lda_predict(X, w, threshold):
    scores = np.asarray(X, dtype=np.float64) @ np.asarray(w, dtype=np.float64)
    return np.where(scores > threshold, 1, 0).astype(np.int64)
