"""Builds P_pi row by row, solves with np.linalg.solve, improves with a strict > scan of Q rounded to 9 decimals."""
import numpy as np


def policy_iteration(P, R, gamma, max_iterations=1_000):
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    if P.ndim != 3 or R.ndim != 2 or P.shape != (R.shape[0], R.shape[1], R.shape[0]):
        raise ValueError("shapes")
    if (P < 0).any() or (abs(P.sum(axis=2) - 1) > 1e-9).any():
        raise ValueError("rows")
    if not (0 <= gamma < 1) or max_iterations < 1:
        raise ValueError("parameters")
    S, A = R.shape
    pi = [0] * S
    count = 0
    while True:
        count += 1
        M = np.eye(S)
        b = np.zeros(S)
        for s in range(S):
            M[s] -= gamma * P[s, pi[s]]
            b[s] = R[s, pi[s]]
        V = np.linalg.solve(M, b)
        improved = []
        for s in range(S):
            q = [round(R[s, a] + gamma * sum(P[s, a, t] * V[t] for t in range(S)), 9) for a in range(A)]
            best = 0
            for a in range(1, A):
                if q[a] > q[best]:
                    best = a
            improved.append(best)
        if improved == pi or count == max_iterations:
            return V, np.array(pi, dtype=np.int64), count
        pi = improved
