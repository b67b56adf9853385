"""Computes the eigenvalue inside the loop from v BEFORE the update, so it belongs to the previous iterate, not the returned vector.

The statement asks for the Rayleigh quotient of the final vector: compute vᵀ A v after the loop,
with the v you return.
"""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    d = A.shape[0]
    v = np.ones(d) / np.sqrt(d)
    value = float(v @ A @ v)
    n_iter = 0
    for k in range(1, max_iter + 1):
        n_iter = k
        w = A @ v
        value = float(v @ w)          # Rayleigh quotient of the vector about to be replaced
        norm = np.linalg.norm(w)
        if norm == 0.0:
            return 0.0, v, n_iter
        w = w / norm
        if w[np.argmax(np.abs(w))] < 0:
            w = -w
        converged = np.linalg.norm(w - v) <= tol
        v = w
        if converged:
            break
    return value, v, n_iter
