"""Cholesky factor of the normal equations with two triangular solves; the mask applied by np.where to zero junk, NaN-safe."""
import numpy as np


def _cholesky_solve(A, b):
    L = np.linalg.cholesky(A)
    k = len(b)
    y = np.zeros(k)
    for row in range(k):
        y[row] = (b[row] - L[row, :row] @ y[:row]) / L[row, row]
    x = np.zeros(k)
    for row in reversed(range(k)):
        x[row] = (y[row] - L[row + 1:, row] @ x[row + 1:]) / L[row, row]
    return x


def als_row_update(Q, r, observed, *, reg):
    Q, r, observed = np.asarray(Q, dtype=float), np.asarray(r, dtype=float), np.asarray(observed)
    if Q.ndim != 2 or len(r) != len(Q) or r.ndim != 1 or observed.shape != r.shape:
        raise ValueError("shapes")
    if observed.dtype != np.bool_ or reg < 0:
        raise ValueError("mask or reg")
    if observed.sum() == 0:
        return np.zeros(Q.shape[1])
    weights = observed.astype(float)
    safe_r = np.where(observed, r, 0.0)
    safe_Q = np.where(observed[:, None], Q, 0.0)
    gram = safe_Q.T @ (weights[:, None] * safe_Q) + reg * np.eye(Q.shape[1])
    return _cholesky_solve(gram, safe_Q.T @ safe_r)


def als(R, observed, Q0, *, reg, n_sweeps):
    R, observed = np.asarray(R, dtype=float), np.asarray(observed)
    if R.ndim != 2 or observed.shape != R.shape or observed.dtype != np.bool_:
        raise ValueError("R, observed")
    Q = np.asarray(Q0, dtype=float).copy()
    if Q.ndim != 2 or len(Q) != R.shape[1] or Q.shape[1] == 0 or reg < 0 or n_sweeps < 1:
        raise ValueError("Q0, reg, n_sweeps")
    P = np.zeros((R.shape[0], Q.shape[1]))
    for _ in range(n_sweeps):
        P = np.array([als_row_update(Q, R[u], observed[u], reg=reg) for u in range(R.shape[0])]).reshape(P.shape)
        Q = np.array([als_row_update(P, R[:, i], observed[:, i], reg=reg) for i in range(R.shape[1])]).reshape(Q.shape)
    return P, Q
