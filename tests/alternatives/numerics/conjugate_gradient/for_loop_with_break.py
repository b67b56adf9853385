"""CG written as a bounded for loop with break, keeping rᵀr from step to step."""
import numpy as np


def conjugate_gradient(A, b, *, x0=None, tol=1e-8, max_iter=None):
    A = np.array(A, dtype=np.float64)
    b = np.array(b, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1] or b.shape != (A.shape[0],):
        raise ValueError("A must be square (n, n) and b of shape (n,)")
    n = len(b)
    x = np.zeros(n) if x0 is None else np.array(x0, dtype=np.float64)
    if x.shape != (n,):
        raise ValueError("x0 must have shape (n,)")
    limit = 10 * n if max_iter is None else int(max_iter)
    stop = tol * np.sqrt(b @ b)
    r = b - A.dot(x)
    p = r.copy()
    rr = r.dot(r)
    done = 0
    for _ in range(limit):
        if np.sqrt(rr) <= stop:
            break
        Ap = A.dot(p)
        curvature = p.dot(Ap)
        if not curvature > 0:
            raise ValueError("pᵀAp is not positive")
        alpha = rr / curvature
        x += alpha * p
        r -= alpha * Ap
        rr_new = r.dot(r)
        p = r + (rr_new / rr) * p
        rr = rr_new
        done += 1
    return x, done
