"""np.einsum for the expected next value, a while loop with an explicit sweep counter."""
import numpy as np


def value_iteration(P, R, gamma, theta, max_sweeps=10_000):
    P = np.array(P, dtype=np.float64)
    R = np.array(R, dtype=np.float64)
    ok = (P.ndim == 3 and R.ndim == 2 and P.shape[:2] == R.shape and P.shape[2] == P.shape[0]
          and (P >= 0).all() and np.allclose(P.sum(axis=2), 1.0, rtol=0, atol=1e-9))
    if not ok or gamma < 0 or gamma > 1 or theta <= 0 or max_sweeps < 1:
        raise ValueError("invalid MDP or parameters")
    V = np.zeros(R.shape[0])
    sweeps, delta = 0, np.inf
    while sweeps < max_sweeps and delta >= theta:
        target = (R + gamma * np.einsum("sat,t->sa", P, V)).max(axis=1)
        delta = np.abs(target - V).max()
        V = target
        sweeps += 1
    policy = np.round(R + gamma * np.einsum("sat,t->sa", P, V), 9).argmax(axis=1)
    return V, policy.astype(np.int64), sweeps
