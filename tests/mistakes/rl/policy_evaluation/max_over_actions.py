"""Max over actions: a Bellman OPTIMALITY backup (value iteration) instead of the policy's average.

Policy evaluation averages over the policy: V(s) = Σ_a π(a|s)·(R[s, a] + γ·Σ P·V). Taking the max evaluates the greedy policy, not the one given.
"""
import numpy as np


def policy_evaluation(P, R, policy, gamma, theta, max_sweeps=10_000):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    policy = np.asarray(policy, dtype=float)
    if (P.ndim != 3 or P.shape[0] != P.shape[2] or R.shape != P.shape[:2] or policy.shape != P.shape[:2]
            or np.any(P < 0) or np.any(np.abs(P.sum(-1) - 1) > 1e-9) or np.any(policy < 0)
            or np.any(np.abs(policy.sum(-1) - 1) > 1e-9) or not 0 <= gamma <= 1 or theta <= 0 or max_sweeps < 1):
        raise ValueError("bad input")
    V = np.zeros(P.shape[0])
    for sweep in range(1, max_sweeps + 1):
        new_V = np.max(R + gamma * (P @ V), axis=1)
        change = np.max(np.abs(new_V - V))
        V = new_V
        if change < theta:
            break
    return V, sweep
