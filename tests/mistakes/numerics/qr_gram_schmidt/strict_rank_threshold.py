"""Strict rank test: raises only when the remaining norm is BELOW 1e-10·‖a_j‖, not when it equals it.

The statement's rule is ≤: a column whose leftover is exactly at the threshold is dependent.
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
        if R[j, j] < 1e-10 * np.linalg.norm(A[:, j]) or R[j, j] == 0.0:
            raise ValueError("rank deficient")
        Q[:, j] = v / R[j, j]
    return Q, R
