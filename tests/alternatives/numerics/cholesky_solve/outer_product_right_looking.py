"""Right-looking (outer-product) Cholesky on a symmetrised copy of the lower triangle; triangular solves by slices."""
import numpy as np


def cholesky(A):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    S = np.tril(A) + np.tril(A, -1).T      # the lower triangle, mirrored: the upper one is never read
    L = np.zeros((n, n))
    for k in range(n):
        pivot = S[k, k]
        if not pivot > 0:
            raise ValueError("not positive definite")
        L[k, k] = np.sqrt(pivot)
        L[k + 1:, k] = S[k + 1:, k] / L[k, k]
        S[k + 1:, k + 1:] -= np.outer(L[k + 1:, k], L[k + 1:, k])
    return L


def cholesky_solve(A, b):
    L = cholesky(A)
    b = np.array(b, dtype=np.float64)
    if b.shape != (L.shape[0],):
        raise ValueError("b has the wrong shape")
    n = len(b)
    # column-oriented forward substitution: once y[j] is known, remove it from the rows below
    y = b.copy()
    for j in range(n):
        y[j] /= L[j, j]
        y[j + 1:] -= L[j + 1:, j] * y[j]
    x = y.copy()
    for j in reversed(range(n)):
        x[j] /= L[j, j]
        x[:j] -= L[j, :j] * x[j]
    return x
