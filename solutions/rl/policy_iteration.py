"""Policy iteration: exact evaluation, greedy improvement, until the policy is stable.

Task
    An MDP with S states and A actions is given as arrays: P[s, a, s'] is the probability of
    moving to s' after taking action a in state s, and R[s, a] the expected reward of taking a
    in s. A terminal state is an absorbing state with zero reward (P[s, a, s] = 1 and
    R[s, a] = 0 for every a). Find an optimal deterministic policy by policy iteration:

    1. Start from the policy that takes action 0 in every state.
    2. Evaluate it EXACTLY: with P_pi[s, s'] = P[s, policy[s], s'] and R_pi[s] = R[s, policy[s]],
       solve the linear system (I − gamma · P_pi) V = R_pi (np.linalg.solve is allowed).
    3. Improve: new_policy[s] = argmax_a R[s, a] + gamma · Σ_{s'} P[s, a, s'] · V(s'), ties to
       the LOWEST action index (even when the current action is among the tied ones). Ties
       are judged on these Q values ROUNDED to 9 decimal places (np.round(Q, 9)): two
       actions whose values are equal in exact arithmetic can differ in the last bit when
       summed in another order, and rounding makes them the tie they are.
    4. If new_policy equals the policy just evaluated, stop: return that policy, its values V
       and the number of evaluations made. Otherwise take new_policy and go back to 2.
       After max_iterations evaluations without a stable policy, stop anyway and return the
       last policy evaluated, its values and max_iterations.

Signature
    policy_iteration(P, R, gamma, max_iterations=1_000) -> tuple

Shapes and types
    P               a float array of shape (S, A, S), S ≥ 1, A ≥ 1; each P[s, a] is ≥ 0 and
                    sums to 1 (within 1e-9)
    R               a float (or int) array of shape (S, A)
    gamma           a float in [0, 1): the linear system needs gamma < 1
    max_iterations  an int ≥ 1
    returns         (V, policy, n_evaluations): V a float64 array of shape (S,), policy an
                    int64 array of shape (S,), n_evaluations a Python int ≥ 1

Example
    One state: action 0 stays with reward 1, action 1 stays with reward 2; gamma = 0.5.
    Evaluation 1 (action 0): V = 1/(1 − 0.5) = 2; improving gives action 1. Evaluation 2:
    V = 4, and action 1 is still greedy: stable after 2 evaluations.

    >>> V, policy, n_evaluations = policy_iteration(np.ones((1, 2, 1)), np.array([[1.0, 2.0]]), 0.5)
    >>> V, policy, n_evaluations
    (array([4.]), array([1]), 2)

Constraints
    numpy only. Raise ValueError if the shapes disagree, if a row of P has a negative entry or
    does not sum to 1 within 1e-9, if gamma is outside [0, 1) (gamma = 1 included), or if
    max_iterations < 1. Hidden tests use S ≤ 16, A ≤ 4 and rewards up to ±1e6. Return new
    arrays; the inputs are not modified.
    Sutton & Barto keep the current action when it ties with the best one; here the rule is
    the lowest index, which can cost one more evaluation (a hidden test checks it).

Time budget: 20 minutes.
"""
import numpy as np


def policy_iteration(P, R, gamma, max_iterations=1_000):
    # BEGIN SOLUTION
    P = np.asarray(P, dtype=float)
    R = np.asarray(R, dtype=float)
    if P.ndim != 3 or P.shape[0] != P.shape[2] or P.shape[0] < 1 or P.shape[1] < 1:
        raise ValueError("P must have shape (S, A, S) with S, A ≥ 1")
    if R.shape != P.shape[:2]:
        raise ValueError("R must have shape (S, A)")
    if np.any(P < 0) or np.any(np.abs(P.sum(axis=2) - 1.0) > 1e-9):
        raise ValueError("every row P[s, a] must be a probability distribution")
    if not 0.0 <= gamma < 1.0:
        raise ValueError("gamma must lie in [0, 1)")
    if max_iterations < 1:
        raise ValueError("max_iterations must be ≥ 1")
    states = np.arange(P.shape[0])
    policy = np.zeros(P.shape[0], dtype=np.int64)
    for evaluation in range(1, max_iterations + 1):
        # Exact evaluation: V = R_pi + gamma·P_pi·V, a linear system (row s of P_pi is P[s, policy[s]]).
        P_pi = P[states, policy]
        R_pi = R[states, policy]
        V = np.linalg.solve(np.eye(P.shape[0]) - gamma * P_pi, R_pi)
        # first maximum on ties, judged on Q rounded to 9 decimals (exact ties stay ties)
        new_policy = np.argmax(np.round(R + gamma * (P @ V), 9), axis=1).astype(np.int64)
        if np.array_equal(new_policy, policy):
            break
        if evaluation < max_iterations:
            policy = new_policy
    return V, policy, evaluation
    # END SOLUTION
