"""No rank check: a zero or dependent column is divided by a zero (or tiny) norm, giving NaN or noise.

A column with nothing left after the projections has no direction to add to Q. Test the
remaining norm against 1e-10·‖A[:, j]‖ and raise ValueError.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def qr_gram_schmidt(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[0] < A.shape[1]:
        raise ValueError("need a 2-D A with m ≥ n ≥ 1")
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        with np.errstate(divide="ignore", invalid="ignore"):
            Q[:, j] = v / R[j, j]
    return Q, R
