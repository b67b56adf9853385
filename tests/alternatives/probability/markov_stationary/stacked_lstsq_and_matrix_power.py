"""Stack Σπ = 1 under (Pᵀ − I) and solve the (k + 1) × k system by least squares; n steps via matrix_power."""
import numpy as np


def _validate(P):
    P = np.asarray(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.size == 0:
        raise ValueError("P must be square")
    if (P < 0).any() or not np.allclose(P.sum(axis=1), 1.0, rtol=0, atol=1e-9):
        raise ValueError("rows of P must be probability distributions")
    return P


def distribution_after(p0, P, n_steps):
    P = _validate(P)
    p0 = np.asarray(p0, dtype=float)
    if p0.shape != (len(P),) or (p0 < 0).any() or abs(p0.sum() - 1) > 1e-9:
        raise ValueError("bad p0")
    if n_steps < 0:
        raise ValueError("n_steps must be non-negative")
    return p0 @ np.linalg.matrix_power(P, n_steps)


def stationary_distribution(P):
    P = _validate(P)
    k = len(P)
    A = np.vstack([P.T - np.eye(k), np.ones((1, k))])
    b = np.concatenate([np.zeros(k), [1.0]])
    return np.linalg.lstsq(A, b, rcond=None)[0]
