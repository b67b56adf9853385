"""Absolute rank threshold: ‖v‖ ≤ 1e-10 declares every column of a tiny-scale matrix dependent.

The threshold must be relative to the column's own norm (1e-10·‖A[:, j]‖); otherwise the
answer depends on the units of A, and 1e-12·A fails while A factors.
"""
import numpy as np

NAMED_BY_MESSAGE = "the threshold is relative"


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
        if R[j, j] <= 1e-10:
            raise ValueError("rank deficient")
        Q[:, j] = v / R[j, j]
    return Q, R
