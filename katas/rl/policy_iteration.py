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
# Your kata. Replace each `raise NotImplementedError(...)` with your code, then run
# `make grade KATA=rl/policy_iteration`.
import numpy as np


def policy_iteration(P, R, gamma, max_iterations=1_000):
    raise NotImplementedError("rl/policy_iteration: implement policy_iteration")
