"""Householder reflections, then R's diagonal made positive; |R[j, j]| is the same leftover norm the rank rule tests."""
import numpy as np


def qr_gram_schmidt(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    m, n = A.shape
    if n == 0 or m < n:
        raise ValueError("need m ≥ n ≥ 1")
    R = A.copy()
    Q = np.eye(m)
    for j in range(n):
        x = R[j:, j]
        norm = np.linalg.norm(x)
        if norm <= 1e-10 * np.linalg.norm(A[:, j]):
            raise ValueError(f"column {j} is dependent")
        v = x.copy()
        v[0] += (1.0 if x[0] >= 0 else -1.0) * norm
        v /= np.linalg.norm(v)
        R[j:, :] -= 2.0 * np.outer(v, v @ R[j:, :])
        Q[:, j:] -= 2.0 * np.outer(Q[:, j:] @ v, v)
    R = np.triu(R[:n, :])
    Q = Q[:, :n]
    signs = np.where(np.diag(R) < 0, -1.0, 1.0)
    return Q * signs, R * signs[:, None]
