"""Sweep count off by one: the last sweep (the one whose change is below theta) is not counted.

n_sweeps counts every sweep made, including the final one whose change fell below theta: the first example makes 4 sweeps.
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
    sweeps = 0
    while True:
        new_V = np.sum(policy * (R + gamma * (P @ V)), axis=1)
        change = np.max(np.abs(new_V - V))
        V = new_V
        if change < theta or sweeps + 1 >= max_sweeps:
            break
        sweeps += 1
    return V, sweeps
