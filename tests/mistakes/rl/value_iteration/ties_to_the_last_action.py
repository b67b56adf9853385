"""Ties to the last action: among equal Q-values the HIGHEST action index is chosen.

Ties go to the lowest action index, np.argmax's first maximum; a reversed argmax or a >= comparison in a loop picks the last.
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
    Q = R + gamma * (P @ V)
    return V, (Q.shape[1] - 1 - np.argmax(Q[:, ::-1], axis=1)).astype(np.int64), sweep
