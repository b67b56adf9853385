"""Value iteration on a small MDP given as arrays, and the greedy policy.

Task
    An MDP with S states and A actions is given as arrays: P[s, a, s'] is the probability of
    moving to s' after taking action a in state s, and R[s, a] the expected reward of taking a
    in s. A terminal state is an absorbing state with zero reward (P[s, a, s] = 1 and
    R[s, a] = 0 for every a), so its value stays 0. Compute the optimal values by SYNCHRONOUS
    sweeps of the Bellman optimality backup, starting from V_0 = 0:

        Q_k(s, a)  = R[s, a] + gamma · Σ_{s'} P[s, a, s'] · V_k(s')
        V_{k+1}(s) = max_a Q_k(s, a)

    Every state of sweep k+1 is computed from V_k (the whole previous vector), never from
    values already updated in the same sweep. Stop after the FIRST sweep whose change
    max_s |V_{k+1}(s) − V_k(s)| is strictly below theta, or after max_sweeps sweeps, whichever
    comes first. Return V_{k+1}, the policy that is greedy with respect to V_{k+1} (one more
    backup: policy[s] = argmax_a R[s, a] + gamma · Σ_{s'} P[s, a, s'] · V_{k+1}(s'), NOT the
    argmax of the last sweep's Q_k), ties to the LOWEST action index, and the number of
    sweeps made, k + 1. Ties are judged on the Q values ROUNDED to 9 decimal places
    (np.argmax(np.round(Q, 9), axis=1)): two actions whose values are equal in exact
    arithmetic can differ in the last bit when summed in another order (P @ V, a loop,
    np.sum(P * V, axis=2)), and rounding makes them the tie they are. V itself is not rounded.

Signature
    value_iteration(P, R, gamma, theta, max_sweeps=10_000) -> tuple

Shapes and types
    P           a float array of shape (S, A, S), S ≥ 1, A ≥ 1; each P[s, a] is ≥ 0 and sums
                to 1 (within 1e-9)
    R           a float (or int) array of shape (S, A)
    gamma       a float in [0, 1]
    theta       a float > 0
    max_sweeps  an int ≥ 1
    returns     (V, policy, n_sweeps): V a float64 array of shape (S,), policy an int64
                array of shape (S,) of action indices, n_sweeps a Python int ≥ 1

Example
    One state with two actions that stay put, rewards 1 and 2, gamma = 0.5:
    V_{k+1} = 2 + 0.5·V_k, so V_k = 4·(1 − 0.5^k) and the changes are 2, 1, 0.5, 0.25, …;
    with theta = 0.5 the run stops after sweep 4. Action 1 is greedy.

    >>> V, policy, n_sweeps = value_iteration(np.ones((1, 2, 1)), np.array([[1.0, 2.0]]), 0.5, 0.5)
    >>> V, policy, n_sweeps
    (array([3.75]), array([1]), 4)

Constraints
    numpy only. With gamma = 1 the sweeps converge only when every policy worth following
    reaches a terminal state; max_sweeps stops them otherwise. Raise ValueError if the shapes
    disagree, if a row of P has a negative entry or does not sum to 1 within 1e-9, if gamma
    is outside [0, 1], if theta ≤ 0 or if max_sweeps < 1. Hidden tests use S ≤ 16, A ≤ 4 and
    rewards up to ±1e6. Return new arrays; the inputs are not modified.

Time budget: 15 minutes.
"""
import numpy as np


def value_iteration(P, R, gamma, theta, max_sweeps=10_000):
    # BEGIN SOLUTION
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    if P.ndim != 3 or P.shape[0] != P.shape[2] or P.shape[0] < 1 or P.shape[1] < 1:
        raise ValueError("P must have shape (S, A, S) with S, A ≥ 1")
    if R.shape != P.shape[:2]:
        raise ValueError("R must have shape (S, A)")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=2) - 1.0) > 1e-9):
        raise ValueError("every row P[s, a] must be a probability distribution")
    if not 0.0 <= gamma <= 1.0:
        raise ValueError("gamma must lie in [0, 1]")
    if not theta > 0:
        raise ValueError("theta must be > 0")
    if max_sweeps < 1:
        raise ValueError("max_sweeps must be ≥ 1")
    V = np.zeros(P.shape[0])
    for sweep in range(1, max_sweeps + 1):
        new_V = np.max(R + gamma * (P @ V), axis=1)   # from the previous V only: synchronous
        change = np.max(np.abs(new_V - V))
        V = new_V
        if change < theta:
            break
    # Greedy with respect to the values returned (one more backup); argmax takes the first maximum,
    # on Q rounded to 9 decimals so that exact ties stay ties whatever the summation order.
    policy = np.argmax(np.round(R + gamma * (P @ V), 9), axis=1).astype(np.int64)
    return V, policy, sweep
    # END SOLUTION
