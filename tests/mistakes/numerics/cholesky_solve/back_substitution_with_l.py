"""Back substitution with L instead of Lᵀ: solves L L x = b, not L Lᵀ x = b.

After L y = b the second system is Lᵀ x = y: its row i holds column i of L, so use L[k, i]
for k > i (L[i+1:, i]), bottom row first.
"""
import numpy as np


def cholesky(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if not pivot > 0:  # PIVOT
            raise ValueError("not positive definite")
        L[j, j] = np.sqrt(pivot)  # DIAG
        for i in range(j + 1, n):
            L[i, j] = (A[i, j] - L[i, :j] @ L[j, :j]) / L[j, j]  # BELOW
    return L  # RETURN


def cholesky_solve(A, b):
    L = cholesky(A)
    b = np.asarray(b, dtype=np.float64)
    n = L.shape[0]
    if b.shape != (n,):
        raise ValueError("b has the wrong shape")
    y = np.zeros(n)
    for i in range(n):
        y[i] = (b[i] - L[i, :i] @ y[:i]) / L[i, i]
    x = np.zeros(n)
    for i in reversed(range(n)):
        x[i] = (y[i] - L[i, i + 1:] @ x[i + 1:]) / L[i, i]
    return x  # SOLVED
