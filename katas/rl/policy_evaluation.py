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
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=rl/policy_evaluation`.
import numpy as np


def policy_evaluation(P, R, policy, gamma, theta, max_sweeps=10_000):
    raise NotImplementedError("rl/policy_evaluation: implement policy_evaluation")
