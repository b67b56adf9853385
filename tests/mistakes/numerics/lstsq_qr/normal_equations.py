"""Normal equations: solves AᵀA x = Aᵀb (here by Cholesky), which squares the condition number.

With cond(A) = 1e7, cond(AᵀA) = 1e14: about 14 of 16 digits are gone before the solve starts.
Factor A itself (QR) and solve R x = Qᵀb.
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
    M, y = A.T @ A, A.T @ b
    L = np.zeros((n, n))
    for j in range(n):
        pivot = M[j, j] - L[j, :j] @ L[j, :j]
        if not pivot > 1e-20 * M[j, j]:
            raise ValueError("rank deficient")
        L[j, j] = np.sqrt(pivot)
        for i in range(j + 1, n):
            L[i, j] = (M[i, j] - L[i, :j] @ L[j, :j]) / L[j, j]
    z = np.zeros(n)
    for i in range(n):
        z[i] = (y[i] - L[i, :i] @ z[:i]) / L[i, i]
    x = np.zeros(n)
    for i in reversed(range(n)):
        x[i] = (z[i] - L[i + 1:, i] @ x[i + 1:]) / L[i, i]
    return x, float(np.linalg.norm(b - A @ x))
