"""Reduce to a Markov reward process first: P_π = Σ_a π·P, R_π = Σ_a π·R, then V = R_π + γ·P_π·V."""
import numpy as np


def policy_evaluation(P, R, policy, gamma, theta, max_sweeps=10_000):
    P, R, policy = (np.array(x, dtype=np.float64) for x in (P, R, policy))
    if P.ndim != 3 or P.shape[2] != P.shape[0] or R.shape != P.shape[:2] or policy.shape != R.shape:
        raise ValueError("shapes")
    if (P < 0).any() or (policy < 0).any() or not np.allclose(P.sum(2), 1, rtol=0, atol=1e-9) \
            or not np.allclose(policy.sum(1), 1, rtol=0, atol=1e-9):
        raise ValueError("not distributions")
    if gamma < 0 or gamma > 1 or theta <= 0 or max_sweeps < 1:
        raise ValueError("parameters")
    P_pi = np.einsum("sa,sat->st", policy, P)
    R_pi = (policy * R).sum(axis=1)
    V = np.zeros(len(R_pi))
    n = 0
    while n < max_sweeps:
        n += 1
        V, old = R_pi + gamma * (P_pi @ V), V
        if np.abs(V - old).max() < theta:
            break
    return V, n
