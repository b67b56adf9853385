"""Row-oriented modified Gram–Schmidt: once q_k is known, strip it from every later column at once."""
import numpy as np


def qr_gram_schmidt(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    m, n = A.shape
    if n == 0 or m < n:
        raise ValueError("need m ≥ n ≥ 1")
    column_norms = np.sqrt((A * A).sum(axis=0))
    V = A.copy()
    Q, R = np.zeros((m, n)), np.zeros((n, n))
    for k in range(n):
        R[k, k] = np.sqrt(V[:, k] @ V[:, k])
        if R[k, k] <= 1e-10 * column_norms[k]:
            raise ValueError(f"column {k} is dependent")
        Q[:, k] = V[:, k] / R[k, k]
        R[k, k + 1:] = Q[:, k] @ V[:, k + 1:]
        V[:, k + 1:] -= np.outer(Q[:, k], R[k, k + 1:])
    return Q, R
