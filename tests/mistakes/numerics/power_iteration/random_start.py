"""Starts from a random vector instead of the pinned (1, …, 1)/√d: the iterates, n_iter and sometimes the answer differ.

The statement pins the start so every correct answer is the same, down to n_iter. Start from
np.ones(d) / np.sqrt(d).
"""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    d = A.shape[0]
    v = np.random.default_rng(0).standard_normal(d)
    v = v / np.linalg.norm(v)
    n_iter = 0
    for k in range(1, max_iter + 1):
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
