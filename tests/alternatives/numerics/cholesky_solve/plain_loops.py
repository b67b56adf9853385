"""Cholesky–Banachiewicz row by row with plain Python sums."""
import math

import numpy as np


def cholesky(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    L = np.zeros((n, n))
    for i in range(n):
        for j in range(i + 1):
            s = sum(L[i, k] * L[j, k] for k in range(j))
            if i == j:
                pivot = A[i, i] - s
                if not pivot > 0:
                    raise ValueError("not positive definite")
                L[i, i] = math.sqrt(pivot)
            else:
                L[i, j] = (A[i, j] - s) / L[j, j]
    return L


def cholesky_solve(A, b):
    L = cholesky(A)
    b = np.asarray(b, dtype=np.float64)
    n = L.shape[0]
    if b.shape != (n,):
        raise ValueError("b has the wrong shape")
    y = [0.0] * n
    for i in range(n):
        y[i] = (b[i] - sum(L[i, k] * y[k] for k in range(i))) / L[i, i]
    x = [0.0] * n
    for i in range(n - 1, -1, -1):
        x[i] = (y[i] - sum(L[k, i] * x[k] for k in range(i + 1, n))) / L[i, i]
    return np.array(x, dtype=np.float64)
