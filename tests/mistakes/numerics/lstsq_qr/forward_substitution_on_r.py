"""Solves R x = c from the top (forward substitution), as if R were lower triangular.

R is UPPER triangular: its last row has one unknown, x_{n−1}; start there and go up.
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
    for i in range(n):
        x[i] = (c[i] - R[i, :i] @ x[:i]) / R[i, i]
    return x, float(np.linalg.norm(b - A @ x))  # RESIDUAL
