"""Uses every entry of the row, as if the unobserved ones were ratings (of whatever they hold).

ALS fits the observed entries only: select them (Q[observed], r[observed]) before forming
Q_Oᵀ Q_O and Q_Oᵀ r_O. An unobserved entry is not a rating of 0.
"""
import numpy as np


def als_row_update(Q, r, observed, *, reg):
    Q, r, observed = np.asarray(Q, dtype=float), np.asarray(r, dtype=float), np.asarray(observed)
    if Q.ndim != 2 or r.shape != (Q.shape[0],) or observed.shape != (Q.shape[0],) or observed.dtype != bool or reg < 0:
        raise ValueError("bad input")
    k = Q.shape[1]
    return np.linalg.solve(Q.T @ Q + reg * np.eye(k), Q.T @ np.nan_to_num(r))


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
