"""Reports ‖A v‖ from the last step as the eigenvalue: it is never negative, and it belongs to the previous vector, not the final one.

Use the Rayleigh quotient of the final vector, vᵀ A v: it has the sign of λ and is accurate to
the square of the vector error.
"""
import numpy as np


def power_iteration(A, *, tol=1e-10, max_iter=1000):
    A = np.asarray(A, dtype=float)
    if A.ndim != 2 or A.shape[0] != A.shape[1]:
        raise ValueError("A must be square")
    d = A.shape[0]
    v = np.ones(d) / np.sqrt(d)
    n_iter = 0
    norm = float(np.linalg.norm(A @ v))
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
    return float(norm), v, n_iter
