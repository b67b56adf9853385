"""Keeps v as a 2-D column, uses einsum for the products, and a for-else to count the products."""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.array(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be (d, d)")
    d = len(A)
    v = np.full((d, 1), d ** -0.5)
    steps = 0
    for steps in range(1, max_iter + 1):
        w = np.einsum("ij,jk->ik", A, v)
        size = np.sqrt(np.einsum("ik,ik->", w, w))
        if size == 0:
            return 0.0, v[:, 0].copy(), steps
        w = w / size
        w = w * (1.0 if w[np.abs(w[:, 0]).argmax(), 0] >= 0 else -1.0)
        stop = np.sqrt(((w - v) ** 2).sum()) <= tol
        v = w
        if stop:
            break
    vector = v[:, 0].copy()
    return float(np.einsum("i,ij,j->", vector, A, vector)), vector, steps
