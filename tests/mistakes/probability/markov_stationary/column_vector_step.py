"""Steps with P @ p instead of p @ P: treats the row-stochastic P as column-stochastic.

P[i, j] is the probability of moving from i to j, so the mass arriving in j is Σ_i p_i P[i, j]:
that is the row vector p times P, p @ P.
"""
import numpy as np


def _chain(P):
    P = np.array(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1] or (P < 0).any() or (abs(P.sum(axis=1) - 1) > 1e-9).any():
        raise ValueError("P")
    return P


def _start(p0, k, n_steps):
    p = np.array(p0, dtype=float)
    if p.shape != (k,) or (p < 0).any() or abs(p.sum() - 1) > 1e-9 or n_steps < 0:
        raise ValueError("p0")
    return p


def distribution_after(p0, P, n_steps):
    P = _chain(P)
    p = _start(p0, P.shape[0], n_steps)
    for _ in range(n_steps):
        p = P @ p
    return p


def stationary_distribution(P):
    P = _chain(P)
    k = P.shape[0]
    A = P.T - np.eye(k)
    A[-1] = 1.0
    b = np.zeros(k)
    b[-1] = 1.0
    return np.linalg.solve(A, b)
