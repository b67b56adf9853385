"""Householder QR without the sign rule: R's diagonal comes out negative where a column starts positive.

The reduced QR is unique only once R's diagonal is fixed positive. Householder reflections
(like np.linalg.qr) give R[j, j] = −sign(x_0)·‖x‖; flip the signs of those rows of R and the
matching columns of Q.
"""
import numpy as np


def qr_gram_schmidt(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[0] < A.shape[1]:
        raise ValueError("need a 2-D A with m ≥ n ≥ 1")
    m, n = A.shape
    R = A.copy()
    Q = np.eye(m)
    for j in range(n):
        x = R[j:, j]
        norm = np.linalg.norm(x)
        if norm <= 1e-10 * np.linalg.norm(A[:, j]):
            raise ValueError("rank deficient")
        v = x.copy()
        v[0] += (1.0 if x[0] >= 0 else -1.0) * norm
        v /= np.linalg.norm(v)
        R[j:, :] -= 2.0 * np.outer(v, v @ R[j:, :])
        Q[:, j:] -= 2.0 * np.outer(Q[:, j:] @ v, v)
    R = np.triu(R[:n, :])
    return Q[:, :n].copy(), R
