"""Row-oriented modified Gram–Schmidt on the augmented matrix [A | b]: the last column of R is c."""
import numpy as np


def lstsq_qr(A, b):
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if A.ndim != 2:
        raise ValueError("A must be 2-D")
    m, n = A.shape
    if n == 0 or m < n:
        raise ValueError("need m ≥ n ≥ 1")
    if b.shape != (m,):
        raise ValueError("b has the wrong shape")
    W = np.column_stack([A, b])                 # a new array: A and b stay as they were
    norms = np.linalg.norm(A, axis=0)
    R = np.zeros((n, n + 1))
    for k in range(n):
        R[k, k] = np.linalg.norm(W[:, k])
        if R[k, k] <= 1e-10 * norms[k]:
            raise ValueError("rank deficient")
        q = W[:, k] / R[k, k]
        R[k, k + 1:] = q @ W[:, k + 1:]
        W[:, k + 1:] -= np.outer(q, R[k, k + 1:])
    x = np.zeros(n)
    for i in reversed(range(n)):
        x[i] = (R[i, n] - R[i, i + 1:n] @ x[i + 1:]) / R[i, i]
    return x, float(np.linalg.norm(b - A @ x))
