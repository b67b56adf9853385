"""Check r_0 once up front, then test the residual right after each update (the textbook loop shape)."""
import numpy as np


def conjugate_gradient(A, b, *, x0=None, tol=1e-8, max_iter=None):
    A = np.asarray(A, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    n = A.shape[0]
    if b.shape != (n,):
        raise ValueError("b has the wrong shape")
    x = np.zeros(n) if x0 is None else np.asarray(x0, dtype=np.float64).copy()
    if x.shape != (n,):
        raise ValueError("x0 has the wrong shape")
    max_iter = 10 * n if max_iter is None else max_iter
    bound = tol * np.sqrt(b @ b)
    r = b - A @ x
    if np.sqrt(r @ r) <= bound:
        return x, 0
    p = r.copy()
    for k in range(1, max_iter + 1):
        Ap = A @ p
        pAp = p @ Ap
        if not pAp > 0:
            raise ValueError("A is not positive definite")
        rr = r @ r
        alpha = rr / pAp
        x = x + alpha * p
        r = r - alpha * Ap
        rr_next = r @ r
        if np.sqrt(rr_next) <= bound:
            return x, k
        p = r + (rr_next / rr) * p
    return x, max_iter
