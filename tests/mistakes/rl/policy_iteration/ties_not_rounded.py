"""Judges ties on the raw Q values: an exact tie summed in another order comes out an ulp apart, and the higher action wins.

Q(s, a) = R + gamma·Σ P·V summed with np.sum(P * V, axis=2) (or a loop) can differ in the last
bit between actions whose values are equal in exact arithmetic; the policy then switches for
nothing and costs another evaluation. The statement judges ties on np.round(Q, 9).
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
        Q = R + gamma * np.sum(P * V, axis=2)
        new_policy = np.argmax(Q, axis=1).astype(np.int64)
        if np.array_equal(new_policy, policy):
            break
        if evaluation < max_iterations:
            policy = new_policy
    return V, policy, evaluation
