"""Ties to the last action: among equal Q-values the HIGHEST action index is chosen.

Ties go to the lowest action index, np.argmax's first maximum; a reversed argmax or a >= comparison in a loop picks the last.
"""
import numpy as np


def policy_iteration(P, R, gamma, max_iterations=1_000):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    if (P.ndim != 3 or P.shape[0] != P.shape[2] or R.shape != P.shape[:2] or np.any(P < 0)
            or np.any(np.abs(P.sum(-1) - 1) > 1e-9) or not 0 <= gamma < 1 or max_iterations < 1):
        raise ValueError("bad input")
    S = P.shape[0]
    states = np.arange(S)
    policy = np.zeros(S, dtype=np.int64)
    for evaluation in range(1, max_iterations + 1):
        V = np.linalg.solve(np.eye(S) - gamma * P[states, policy], R[states, policy])
        Q = R + gamma * (P @ V)
        new_policy = (Q.shape[1] - 1 - np.argmax(Q[:, ::-1], axis=1)).astype(np.int64)
        if np.array_equal(new_policy, policy):
            break
        if evaluation < max_iterations:
            policy = new_policy
    return V, policy, evaluation
