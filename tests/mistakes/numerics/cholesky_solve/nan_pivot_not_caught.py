"""NaN pivot not caught: 'if pivot <= 0' is False for NaN, so a NaN slips through into L.

Every comparison with NaN is False. Write the test the other way round, 'if not pivot > 0',
so that anything that is not a positive number raises.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def cholesky(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    L = np.zeros((n, n))
    for j in range(n):
        pivot = A[j, j] - L[j, :j] @ L[j, :j]
        if pivot <= 0:
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
    return x  # SOLVED
