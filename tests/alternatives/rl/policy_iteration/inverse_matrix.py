"""Evaluation through np.linalg.inv and take_along_axis; the loop keeps a history of policies."""
import numpy as np


def policy_iteration(P, R, gamma, max_iterations=1_000):
    P = np.array(P, dtype=np.float64)
    R = np.array(R, dtype=np.float64)
    if not (P.ndim == 3 and R.ndim == 2 and P.shape[:2] == R.shape and P.shape[2] == P.shape[0]):
        raise ValueError("shapes")
    if not ((P >= 0).all() and np.allclose(P.sum(axis=2), 1, rtol=0, atol=1e-9)):
        raise ValueError("rows")
    if gamma < 0 or gamma >= 1 or max_iterations < 1:
        raise ValueError("parameters")
    S = R.shape[0]
    history = [np.zeros(S, dtype=np.int64)]
    while True:
        pi = history[-1]
        P_pi = np.take_along_axis(P, pi[:, None, None], axis=1)[:, 0, :]
        R_pi = np.take_along_axis(R, pi[:, None], axis=1)[:, 0]
        V = np.linalg.inv(np.eye(S) - gamma * P_pi) @ R_pi
        greedy = np.round(R + gamma * np.einsum("sat,t->sa", P, V), 9).argmax(axis=1).astype(np.int64)
        if (greedy == pi).all() or len(history) == max_iterations:
            return V, pi.copy(), len(history)
        history.append(greedy)
