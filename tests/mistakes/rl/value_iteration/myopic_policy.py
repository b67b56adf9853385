"""Myopic policy: the policy is the argmax of the immediate reward R[s, a] alone.

The greedy policy looks one step ahead through the values too: argmax_a R[s, a] + γ·Σ_{s'} P[s, a, s']·V(s').
"""
import numpy as np


def value_iteration(P, R, gamma, theta, max_sweeps=10_000):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    if (P.ndim != 3 or P.shape[0] != P.shape[2] or R.shape != P.shape[:2] or np.any(P < 0)
            or np.any(np.abs(P.sum(-1) - 1) > 1e-9) or not 0 <= gamma <= 1 or theta <= 0 or max_sweeps < 1):
        raise ValueError("bad input")
    V = np.zeros(P.shape[0])
    for sweep in range(1, max_sweeps + 1):
        new_V = np.max(R + gamma * (P @ V), axis=1)
        change = np.max(np.abs(new_V - V))
        V = new_V
        if change < theta:
            break
    return V, np.argmax(R, axis=1).astype(np.int64), sweep
