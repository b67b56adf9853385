"""Normal equations built by summing outer products over the observed entries, solved by Gaussian elimination with partial pivoting."""
import numpy as np


def _gauss_solve(A, b):
    A, b = A.copy(), b.copy()
    k = len(b)
    for col in range(k):
        pivot = col + int(np.argmax(np.abs(A[col:, col])))
        A[[col, pivot]], b[[col, pivot]] = A[[pivot, col]], b[[pivot, col]]
        for row in range(col + 1, k):
            factor = A[row, col] / A[col, col]
            A[row, col:] -= factor * A[col, col:]
            b[row] -= factor * b[col]
    x = np.zeros(k)
    for row in reversed(range(k)):
        x[row] = (b[row] - A[row, row + 1:] @ x[row + 1:]) / A[row, row]
    return x


def als_row_update(Q, r, observed, *, reg):
    Q = np.asarray(Q, dtype=float)
    r = np.asarray(r, dtype=float)
    observed = np.asarray(observed)
    if Q.ndim != 2 or r.shape != (len(Q),) or observed.shape != (len(Q),) or observed.dtype != bool:
        raise ValueError("bad shapes or mask")
    if reg < 0:
        raise ValueError("reg < 0")
    k = Q.shape[1]
    A, b = reg * np.eye(k), np.zeros(k)
    for j in np.flatnonzero(observed):
        A += np.outer(Q[j], Q[j])
        b += r[j] * Q[j]
    if not observed.any():
        return b
    return _gauss_solve(A, b)


def als(R, observed, Q0, *, reg, n_sweeps):
    R = np.asarray(R, dtype=float)
    observed = np.asarray(observed)
    Q = np.array(Q0, dtype=float)
    if R.ndim != 2 or observed.shape != R.shape or observed.dtype != bool:
        raise ValueError("R and observed")
    if Q.ndim != 2 or Q.shape[0] != R.shape[1] or Q.shape[1] < 1:
        raise ValueError("Q0")
    if reg < 0 or n_sweeps < 1:
        raise ValueError("reg or n_sweeps")
    P = np.zeros((R.shape[0], Q.shape[1]))
    for _ in range(n_sweeps):
        for u in range(len(P)):
            P[u] = als_row_update(Q, R[u], observed[u], reg=reg)
        for i in range(len(Q)):
            Q[i] = als_row_update(P, R[:, i], observed[:, i], reg=reg)
    return P, Q
