"""One-sweep evaluation: V is updated by a single Bellman backup per iteration, not solved exactly.

Evaluate each policy exactly: solve (I − γ·P_pi)·V = R_pi. A single backup from the previous V is modified policy iteration and returns values that are not the policy's.
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
    V = np.zeros(S)
    for evaluation in range(1, max_iterations + 1):
        V = R[states, policy] + gamma * (P[states, policy] @ V)
        Q = R + gamma * (P @ V)
        new_policy = np.argmax(Q, axis=1).astype(np.int64)
        if np.array_equal(new_policy, policy):
            break
        if evaluation < max_iterations:
            policy = new_policy
    return V, policy, evaluation
