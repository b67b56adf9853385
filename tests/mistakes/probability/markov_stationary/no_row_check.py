"""Accepts a P whose rows do not sum to 1 (no ValueError), returning a "stationary distribution" of something that is not a Markov chain.

Validate the input: every entry ≥ 0 and every row summing to 1 within 1e-9, else ValueError.
"""
import numpy as np

NAMED_BY_MESSAGE = "should raise ValueError"


def distribution_after(p0, P, n_steps):
    P = np.array(P, dtype=float)
    p = np.array(p0, dtype=float)
    if p.shape != (P.shape[0],) or (p < 0).any() or abs(p.sum() - 1) > 1e-9 or n_steps < 0:
        raise ValueError("p0")
    for _ in range(n_steps):
        p = p @ P
    return p


def stationary_distribution(P):
    P = np.array(P, dtype=float)
    if P.ndim != 2 or P.shape[0] != P.shape[1]:
        raise ValueError("P")
    k = P.shape[0]
    A = P.T - np.eye(k)
    A[-1] = 1.0
    b = np.zeros(k)
    b[-1] = 1.0
    return np.linalg.solve(A, b)
