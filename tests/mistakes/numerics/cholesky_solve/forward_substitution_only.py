"""Stops after forward substitution: returns y with L y = b, not x with A x = b.

A = L Lᵀ needs two triangular solves: L y = b, then Lᵀ x = y.
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
        x[i] = (y[i] - L[i + 1:, i] @ x[i + 1:]) / L[i, i]  # BACK
    return y
