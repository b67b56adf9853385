"""Masks by multiplying (r · observed, Q · observed): an unobserved NaN gives NaN · 0 = NaN.

Multiplying by the mask is right for finite junk but NaN · 0 is NaN in floating point. Select
the observed rows by indexing, Q[observed] and r[observed], so the unobserved values never
enter a product.
"""
import numpy as np


def als_row_update(Q, r, observed, *, reg):
    Q, r, observed = np.asarray(Q, dtype=float), np.asarray(r, dtype=float), np.asarray(observed)
    if Q.ndim != 2 or r.shape != (Q.shape[0],) or observed.shape != (Q.shape[0],) or observed.dtype != bool or reg < 0:
        raise ValueError("bad input")
    k = Q.shape[1]
    if not observed.any():
        return np.zeros(k)
    w = observed.astype(float)
    Qm = Q * w[:, None]
    return np.linalg.solve(Qm.T @ Qm + reg * np.eye(k), Qm.T @ (r * w))


def als(R, observed, Q0, *, reg, n_sweeps):
    R, observed, Q = np.asarray(R, dtype=float), np.asarray(observed), np.array(Q0, dtype=float)
    if R.ndim != 2 or observed.shape != R.shape or observed.dtype != bool:
        raise ValueError("R and observed")
    if Q.ndim != 2 or Q.shape[0] != R.shape[1] or Q.shape[1] < 1 or reg < 0 or n_sweeps < 1:
        raise ValueError("Q0, reg or n_sweeps")
    P = np.zeros((R.shape[0], Q.shape[1]))
    for _ in range(n_sweeps):
        for u in range(R.shape[0]):
            P[u] = als_row_update(Q, R[u], observed[u], reg=reg)
        for i in range(R.shape[1]):
            Q[i] = als_row_update(P, R[:, i], observed[:, i], reg=reg)
    return P, Q
