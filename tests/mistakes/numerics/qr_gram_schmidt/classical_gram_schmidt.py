"""Classical Gram–Schmidt: R[i, j] = q_i · A[:, j] uses the ORIGINAL column, so Q loses orthogonality.

In exact arithmetic both give the same Q; in floating point, nearly dependent columns leave
rounding errors in the original column that classical GS never removes. Project each q_i out
of what is left of the column (v), not out of A[:, j].
"""
import numpy as np


def qr_gram_schmidt(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[0] < A.shape[1]:
        raise ValueError("need a 2-D A with m ≥ n ≥ 1")
    m, n = A.shape
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ A[:, j]
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        if R[j, j] <= 1e-10 * np.linalg.norm(A[:, j]):
            raise ValueError("rank deficient")
        Q[:, j] = v / R[j, j]
    return Q, R
