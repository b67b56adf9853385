"""Residual recomputed as b − A x each step instead of updated as r − α Ap.

The same in exact arithmetic, but not in floating point: the statement pins r_new = r − α Ap. On
A = diag(1, 2, 3), b = [1, 1, 1] the recomputed residual is exactly 0 after 3 steps, while the
updated one keeps rounding noise, so n_iter differs when tol is tiny. Update r with α Ap.
"""
import numpy as np


def conjugate_gradient(A, b, *, x0=None, tol=1e-8, max_iter=None):
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    if b.shape != (n,):
        raise ValueError("b has the wrong shape")
    x = np.zeros(n) if x0 is None else np.array(x0, dtype=np.float64)
    if x.shape != (n,):
        raise ValueError("x0 has the wrong shape")
    max_iter = 10 * n if max_iter is None else max_iter
    bound = tol * np.linalg.norm(b)
    r = b - A @ x
    p = r
    n_iter = 0
    while n_iter < max_iter and not np.linalg.norm(r) <= bound:
        Ap = A @ p
        pAp = float(p @ Ap)
        if not pAp > 0:
            raise ValueError("A is not positive definite")
        old = float(r @ r)
        x = x + (old / pAp) * p
        r = b - A @ x
        p = r + (float(r @ r) / old) * p
        n_iter += 1
    return x, n_iter
