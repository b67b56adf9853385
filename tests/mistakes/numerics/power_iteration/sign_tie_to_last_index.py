"""Fixes the sign by the LAST entry of largest |value| on an exact tie, where the statement pins the first (np.argmax(np.abs(w))).

On a tie in |entry| (w = [1, −1, 0, 0]/√2) the two choices give opposite vectors. np.argmax returns the
first maximum; a reversed scan, a >= comparison in a loop, or max over reversed indices picks the
last one.
"""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.asarray(A, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    d = A.shape[0]
    v = np.ones(d) / np.sqrt(d)
    k = 0
    for k in range(1, max_iter + 1):
        w = A @ v
        norm = np.linalg.norm(w)
        if norm == 0:
            return 0.0, v.copy(), k
        w = w / norm
        big = 0
        for i in range(d):
            if abs(w[i]) >= abs(w[big]):
                big = i
        if w[big] < 0:
            w = -w
        converged = np.linalg.norm(w - v) <= tol
        v = w
        if converged:
            break
    return float(v @ A @ v), v.copy(), k
