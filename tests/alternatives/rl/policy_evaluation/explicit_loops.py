"""Every sum written as a loop over states and actions, a fresh list per sweep."""
import numpy as np


def policy_evaluation(P, R, policy, gamma, theta, max_sweeps=10_000):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    policy = np.asarray(policy, dtype=float)
    if P.ndim != 3 or R.ndim != 2 or policy.ndim != 2:
        raise ValueError("dimensions")
    S, A = R.shape
    if P.shape != (S, A, S) or policy.shape != (S, A):
        raise ValueError("shapes")
    for s in range(S):
        if abs(policy[s].sum() - 1) > 1e-9 or policy[s].min() < 0:
            raise ValueError("policy row")
        for a in range(A):
            if abs(P[s, a].sum() - 1) > 1e-9 or P[s, a].min() < 0:
                raise ValueError("P row")
    if not (0 <= gamma <= 1) or not (theta > 0) or max_sweeps < 1:
        raise ValueError("parameters")
    V = [0.0] * S
    for sweep in range(1, max_sweeps + 1):
        new = []
        for s in range(S):
            total = 0.0
            for a in range(A):
                total += policy[s, a] * (R[s, a] + gamma * sum(P[s, a, t] * V[t] for t in range(S)))
            new.append(total)
        delta = max(abs(x - y) for x, y in zip(new, V))
        V = new
        if delta < theta:
            break
    return np.array(V, dtype=np.float64), sweep
