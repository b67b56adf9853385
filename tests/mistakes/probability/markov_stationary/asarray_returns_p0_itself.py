"""np.asarray(p0, dtype=float) makes no copy of a float64 p0, so zero steps hand the caller's array back.

asarray only copies when it must convert; for a float64 array it returns the same object.
Use np.array(p0, dtype=float) (always a copy), so that even n_steps = 0 returns a new array.
"""
NAMED_BY_MESSAGE = "the result shares memory with the argument `p0`"

import numpy as np


def distribution_after(p0, P, n_steps):
    P = np.array(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.shape[0] == 0:
        raise ValueError("P must be a non-empty square matrix")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-9):
        raise ValueError("P must be row-stochastic")
    p = np.asarray(p0, dtype=float)
    if p.shape != (P.shape[0],) or np.any(p < 0) or abs(p.sum() - 1.0) > 1e-9:
        raise ValueError("p0 must be a distribution over the k states")
    if n_steps < 0:
        raise ValueError("n_steps must be >= 0")
    for _ in range(n_steps):
        p = p @ P                        # row vector times row-stochastic matrix
    return p


def stationary_distribution(P):
    P = np.array(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or P.shape[0] == 0:
        raise ValueError("P must be a non-empty square matrix")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=1) - 1.0) > 1e-9):
        raise ValueError("P must be row-stochastic")
    k = P.shape[0]
    # π P = π  ⇔  (Pᵀ − I) πᵀ = 0. The k rows of this system sum to zero (each column of
    # Pᵀ − I sums to 0), so one is redundant: overwrite the last with Σ π = 1.
    A = P.T - np.eye(k)
    A[-1, :] = 1.0
    rhs = np.zeros(k)
    rhs[-1] = 1.0
    return np.linalg.solve(A, rhs)
