"""In-place sweep: each state uses the values already updated in the same sweep (Gauss–Seidel), not V_k.

The statement asks for synchronous sweeps: compute the whole new vector from the previous one, then replace V. In-place sweeps converge too, but through different iterates and sweep counts.
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
        change = 0.0
        for s in range(P.shape[0]):
            new = np.max(R[s] + gamma * (P[s] @ V))
            change = max(change, abs(new - V[s]))
            V[s] = new
        if change < theta:
            break
    return V, np.argmax(R + gamma * (P @ V), axis=1).astype(np.int64), sweep
