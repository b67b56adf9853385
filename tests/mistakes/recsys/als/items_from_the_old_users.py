"""Updates the items from the P of the previous sweep (zeros in the first), not the P just computed.

ALS alternates: in each sweep the users are solved from the current Q, then the items from
that NEW P (Gauss–Seidel order), so each half-sweep lowers the objective.
"""
import numpy as np


def als_row_update(Q, r, observed, *, reg):
    Q, r, observed = np.asarray(Q, dtype=float), np.asarray(r, dtype=float), np.asarray(observed)
    if Q.ndim != 2 or r.shape != (Q.shape[0],) or observed.shape != (Q.shape[0],) or observed.dtype != bool or reg < 0:
        raise ValueError("bad input")
    k = Q.shape[1]
    if not observed.any():
        return np.zeros(k)
    Qo, ro = Q[observed], r[observed]
    return np.linalg.solve(Qo.T @ Qo + reg * np.eye(k), Qo.T @ ro)


def als(R, observed, Q0, *, reg, n_sweeps):
    R, observed, Q = np.asarray(R, dtype=float), np.asarray(observed), np.array(Q0, dtype=float)
    if R.ndim != 2 or observed.shape != R.shape or observed.dtype != bool:
        raise ValueError("R and observed")
    if Q.ndim != 2 or Q.shape[0] != R.shape[1] or Q.shape[1] < 1 or reg < 0 or n_sweeps < 1:
        raise ValueError("Q0, reg or n_sweeps")
    P = np.zeros((R.shape[0], Q.shape[1]))
    for _ in range(n_sweeps):
        P_old = P.copy()
        for u in range(R.shape[0]):
            P[u] = als_row_update(Q, R[u], observed[u], reg=reg)
        for i in range(R.shape[1]):
            Q[i] = als_row_update(P_old, R[:, i], observed[:, i], reg=reg)
    return P, Q
