"""Householder reflections applied to A and b together; no Q is ever formed."""
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
    R, c = A.copy(), b.copy()
    for j in range(n):
        column = R[j:, j]
        norm = np.sqrt(column @ column)
        if norm <= 1e-10 * np.sqrt(A[:, j] @ A[:, j]):
            raise ValueError(f"column {j} depends on the ones before it")
        v = column.copy()
        v[0] += norm if column[0] >= 0 else -norm
        v /= np.sqrt(v @ v)
        R[j:, j:] -= 2.0 * np.outer(v, v @ R[j:, j:])
        c[j:] -= 2.0 * v * (v @ c[j:])
    x = np.zeros(n)
    for i in range(n - 1, -1, -1):
        x[i] = (c[i] - R[i, i + 1:n] @ x[i + 1:]) / R[i, i]
    return x, float(np.sqrt(((b - A @ x) ** 2).sum()))
