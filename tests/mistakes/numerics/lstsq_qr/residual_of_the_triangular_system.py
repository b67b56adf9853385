"""Residual of R x = c instead of b − A x: always (nearly) 0.

R x = Qᵀb is solved exactly, so its residual says nothing. The least-squares residual is the
part of b that NO x reaches: ‖b − A x‖.
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
        c[j] = Q[:, j] @ rest_of_b  # COORD
        rest_of_b -= c[j] * Q[:, j]
    x = np.zeros(n)
    for i in reversed(range(n)):
        x[i] = (c[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]  # BACK
    return x, float(np.linalg.norm(c - R @ x))
