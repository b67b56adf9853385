"""No curvature check: divides by pᵀAp even when it is 0 or negative.

pᵀAp ≤ 0 means A is not positive definite (or it is NaN); CG's step is meaningless then.
Raise ValueError unless pᵀAp > 0.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def conjugate_gradient(A, b, *, x0=None, tol=1e-8, max_iter=None):
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    if b.shape != (n,):
        raise ValueError("b has the wrong shape")
    x = np.zeros(n) if x0 is None else np.array(x0, dtype=np.float64)  # START
    if x.shape != (n,):
        raise ValueError("x0 has the wrong shape")
    if max_iter is None:
        max_iter = 10 * n
    threshold = tol * np.linalg.norm(b)  # THRESHOLD
    r = b - A @ x
    p = r.copy()
    rs = r @ r
    n_iter = 0
    while not np.sqrt(rs) <= threshold and n_iter < max_iter:  # LOOP
        Ap = A @ p
        curvature = p @ Ap

        with np.errstate(all='ignore'):
            alpha = rs / curvature
        x += alpha * p
        r -= alpha * Ap
        rs_new = r @ r
        p = r + (rs_new / rs) * p  # DIRECTION
        rs = rs_new
        n_iter += 1
    return x, n_iter
