"""Explicit loops over states, actions and successors; the greedy policy by a strict > scan of Q rounded to 9 decimals."""
import numpy as np


def value_iteration(P, R, gamma, theta, max_sweeps=10_000):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    if P.ndim != 3 or R.ndim != 2 or P.shape != (R.shape[0], R.shape[1], R.shape[0]):
        raise ValueError("shapes")
    if (P < 0).any() or (np.abs(P.sum(axis=2) - 1) > 1e-9).any():
        raise ValueError("P rows")
    if not 0 <= gamma <= 1 or not theta > 0 or max_sweeps < 1:
        raise ValueError("parameters")
    S, A = R.shape

    def q(V, s, a):
        return R[s, a] + gamma * sum(P[s, a, t] * V[t] for t in range(S))

    V = [0.0] * S
    n = 0
    while True:
        n += 1
        new = [max(q(V, s, a) for a in range(A)) for s in range(S)]
        delta = max(abs(x - y) for x, y in zip(new, V))
        V = new
        if delta < theta or n == max_sweeps:
            break
    policy = []
    for s in range(S):
        best = 0
        for a in range(1, A):
            if round(q(V, s, a), 9) > round(q(V, s, best), 9):   # ties judged on 9 decimals
                best = a
        policy.append(best)
    return np.array(V, dtype=np.float64), np.array(policy, dtype=np.int64), n
