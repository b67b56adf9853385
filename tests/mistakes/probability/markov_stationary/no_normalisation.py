"""Solves (Pᵀ − I) π = 0 without the constraint Σ π = 1, so least squares returns the zero vector.

The homogeneous system has a whole line of solutions, including 0. Replace one (redundant)
equation by Σ π = 1 to pin the one that is a probability distribution.
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
        p = p @ P
    return p


def stationary_distribution(P):
    P = _chain(P)
    k = P.shape[0]
    return np.linalg.lstsq(P.T - np.eye(k), np.zeros(k), rcond=None)[0]
