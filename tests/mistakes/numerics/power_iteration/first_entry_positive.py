"""Makes the FIRST entry positive instead of the largest-|entry| one: the statement pins the largest-|entry| component.

Both are valid conventions, but only one is asked for: i = np.argmax(np.abs(w)); flip w when
w[i] < 0. (Making w[0] positive also breaks when w[0] is 0 or nearly so.)
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
        if w[0] < 0:
            w = -w
        converged = np.linalg.norm(w - v) <= tol
        v = w
        if converged:
            break
    return float(v @ (A @ v)), v, n_iter
