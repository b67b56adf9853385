"""Iterative policy evaluation on a small MDP given as arrays.

Task
    An MDP with S states and A actions is given as arrays: P[s, a, s'] is the probability of
    moving to s' after taking action a in state s, and R[s, a] the expected reward of taking a
    in s. A terminal state is an absorbing state with zero reward (P[s, a, s] = 1 and
    R[s, a] = 0 for every a), so its value stays 0. A (stochastic) policy gives
    policy[s, a] = π(a | s). Compute V^π by SYNCHRONOUS sweeps of the Bellman expectation
    backup, starting from V_0 = 0:

        V_{k+1}(s) = Σ_a policy[s, a] · ( R[s, a] + gamma · Σ_{s'} P[s, a, s'] · V_k(s') )

    Every state of sweep k+1 is computed from V_k (the whole previous vector), never from
    values already updated in the same sweep (that would be the in-place, Gauss–Seidel form).
    Stop after the FIRST sweep whose change max_s |V_{k+1}(s) − V_k(s)| is strictly below
    theta, or after max_sweeps sweeps, whichever comes first, and return V_{k+1} with the
    number of sweeps made, k + 1.

Signature
    policy_evaluation(P, R, policy, gamma, theta, max_sweeps=10_000) -> tuple

Shapes and types
    P           a float array of shape (S, A, S), S ≥ 1, A ≥ 1; each P[s, a] is ≥ 0 and sums
                to 1 (within 1e-9)
    R           a float (or int) array of shape (S, A)
    policy      a float array of shape (S, A); each row is ≥ 0 and sums to 1 (within 1e-9)
    gamma       a float in [0, 1]
    theta       a float > 0
    max_sweeps  an int ≥ 1
    returns     (V, n_sweeps): V a float64 array of shape (S,), n_sweeps a Python int ≥ 1

Example
    One state, one action that stays put with reward 1, gamma = 0.5: V_k = 2·(1 − 0.5^k), so
    the changes are 1, 0.5, 0.25, 0.125, …; with theta = 0.25 the change 0.25 of sweep 3 is
    not below theta, that of sweep 4 is.

    >>> V, n_sweeps = policy_evaluation(np.ones((1, 1, 1)), np.ones((1, 1)), np.ones((1, 1)), 0.5, 0.25)
    >>> V, n_sweeps
    (array([1.875]), 4)

Constraints
    numpy only (not np.linalg.solve: the point is the iteration). With gamma = 1 the sweeps
    converge only when the policy reaches a terminal state; max_sweeps stops them otherwise.
    Raise ValueError if the shapes disagree, if a row of P or of policy has a negative entry
    or does not sum to 1 within 1e-9, if gamma is outside [0, 1], if theta ≤ 0 or if
    max_sweeps < 1. Hidden tests use S ≤ 12, A ≤ 4 and rewards up to ±1e6. Return a new
    array; the inputs are not modified.

Time budget: 15 minutes.
"""
import numpy as np


def policy_evaluation(P, R, policy, gamma, theta, max_sweeps=10_000):
    # BEGIN SOLUTION
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    policy = np.asarray(policy, dtype=float)
    if P.ndim != 3 or P.shape[0] != P.shape[2] or P.shape[0] < 1 or P.shape[1] < 1:
        raise ValueError("P must have shape (S, A, S) with S, A ≥ 1")
    if R.shape != P.shape[:2] or policy.shape != P.shape[:2]:
        raise ValueError("R and policy must have shape (S, A)")
    for name, rows in (("P", P), ("policy", policy)):
        if np.any(rows < 0) or np.any(np.abs(rows.sum(axis=-1) - 1.0) > 1e-9):
            raise ValueError(f"every row of {name} must be a probability distribution")
    if not 0.0 <= gamma <= 1.0:
        raise ValueError("gamma must lie in [0, 1]")
    if not theta > 0:
        raise ValueError("theta must be > 0")
    if max_sweeps < 1:
        raise ValueError("max_sweeps must be ≥ 1")
    V = np.zeros(P.shape[0])
    for sweep in range(1, max_sweeps + 1):
        # Q from the previous vector V only: a synchronous sweep.
        Q = R + gamma * (P @ V)                 # (S, A): P[s, a, :] · V
        new_V = np.sum(policy * Q, axis=1)
        change = np.max(np.abs(new_V - V))
        V = new_V
        if change < theta:
            break
    return V, sweep
    # END SOLUTION
