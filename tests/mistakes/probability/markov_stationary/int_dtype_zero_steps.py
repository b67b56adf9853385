"""Returns p0 as given when n_steps = 0: an int array for p0 = [1, 0] (and the caller's own array), not float64.

Start from a float copy, p = np.array(p0, dtype=float): the result is float64 on every path,
n_steps = 0 included.
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
    _start(p0, P.shape[0], n_steps)
    p = np.asarray(p0)
    for _ in range(n_steps):
        p = p @ P
    return p


def stationary_distribution(P):
    P = _chain(P)
    k = P.shape[0]
    A = P.T - np.eye(k)
    A[-1] = 1.0
    b = np.zeros(k)
    b[-1] = 1.0
    return np.linalg.solve(A, b)
