"""Hidden tests for rl/value_iteration: value_iteration(P, R, gamma, theta, max_sweeps=10_000)."""
import numpy as np

from grader.testing import require


def random_mdp(rng, n_states, n_actions):
    """Random transition rows (some sparse) and rewards; the last state terminal."""
    P = rng.random((n_states, n_actions, n_states)) * (rng.random((n_states, n_actions, n_states)) < 0.6)
    P[:, :, 0] += 1e-3
    P /= P.sum(axis=2, keepdims=True)
    R = rng.normal(0, 1, (n_states, n_actions))
    P[-1] = 0.0
    P[-1, :, -1] = 1.0
    R[-1] = 0.0
    return P, R


def chain_with_a_choice():
    """States 0 (terminal), 1, 2. Action 0 moves one state down with reward 1; action 1 stays with reward 0."""
    P = np.zeros((3, 2, 3))
    P[0, :, 0] = 1.0
    P[1, 0, 0] = P[2, 0, 1] = 1.0
    P[1, 1, 1] = P[2, 1, 2] = 1.0
    R = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
    return P, R


def _inexact_tie_mdp():
    """State 0: action 0 goes to states 1, 2, 3 w.p. 0.4, 0.3, 0.3, action 1 w.p. 0.3, 0.3, 0.4 (reward 0);
    states 1–3 move to the terminal state 4 with reward 0.85 whatever the action."""
    P = np.zeros((5, 2, 5))
    P[0, 0, 1:4] = [0.4, 0.3, 0.3]
    P[0, 1, 1:4] = [0.3, 0.3, 0.4]
    P[1:4, :, 4] = 1.0
    P[4, :, 4] = 1.0
    R = np.zeros((5, 2))
    R[1:4] = 0.85
    return P, R


def test_one_state_by_hand(kata):
    """One state, actions with rewards 1 and 2 staying put, gamma 0.5: changes 2, 1, 0.5, 0.25; theta 0.5 stops after sweep 4."""
    kata.check("value_iteration", np.ones((1, 2, 1)), np.array([[1.0, 2.0]]), 0.5, 0.5,
               expected=(np.array([3.75]), np.array([1]), 4))


def test_sweeps_are_synchronous(kata):
    """Chain 2 → 1 → 0 (terminal), gamma 0.9: V_1 = [0, 1, 1], V_2 = [0, 1, 1.9] = V_3: 3 sweeps (in place: 2)."""
    P, R = chain_with_a_choice()
    kata.check("value_iteration", P, R, 0.9, 1e-9, expected=(np.array([0.0, 1.0, 1.9]), np.array([0, 0, 0]), 3))


def test_policy_is_greedy_for_the_returned_values(kata):
    """The policy is greedy for the V returned: theta 0.55 stops after sweep 2 at V = [1, 1.14, 0], policy [1, 0, 0].

    Greedy for that V, state 0 takes action 1 (0.9·1.14 > 1), though the last sweep's Q (from V_1 = [1, 0.6, 0])
    preferred action 0."""
    P = np.zeros((3, 2, 3))
    P[0, 0, 2] = P[0, 1, 1] = 1.0       # state 0: action 0 ends the episode with reward 1, action 1 goes to state 1
    P[1, :, 1] = 1.0                     # state 1: both actions stay, reward 0.6
    P[2, :, 2] = 1.0                     # state 2: terminal
    R = np.array([[1.0, 0.0], [0.6, 0.6], [0.0, 0.0]])
    kata.check("value_iteration", P, R, 0.9, 0.55, expected=(np.array([1.0, 1.14, 0.0]), np.array([1, 0, 0]), 2),
               rtol=1e-12, atol=0)


def test_ties_go_to_the_lowest_action(kata):
    """Actions 1 and 2 are identical and best, action 0 worse: the policy picks 1; the terminal state (all tie) picks 0."""
    P = np.zeros((2, 3, 2))
    P[0, :, 1] = 1.0
    P[1, :, 1] = 1.0
    R = np.array([[0.1, 0.7, 0.7], [0.0, 0.0, 0.0]])
    kata.check("value_iteration", P, R, 0.9, 1e-9, expected=(np.array([0.7, 0.0]), np.array([1, 0]), 2))


def test_stochastic_transitions_by_hand(kata):
    """State 0: a safe action (reward 0.5, ends) or a gamble (reward 0, to state 1 w.p. 0.7, else ends); state 1 ends with reward 1.

    gamma 1: the gamble is worth 0.7 > 0.5, after 3 sweeps ([0.5, 1, 0], [0.7, 1, 0], same)."""
    P = np.zeros((3, 2, 3))
    P[0, 0, 2] = 1.0
    P[0, 1, 1], P[0, 1, 2] = 0.7, 0.3
    P[1, :, 2] = P[2, :, 2] = 1.0
    R = np.array([[0.5, 0.0], [1.0, 1.0], [0.0, 0.0]])
    kata.check("value_iteration", P, R, 1.0, 1e-12, expected=(np.array([0.7, 1.0, 0.0]), np.array([1, 0, 0]), 3))


def test_ties_up_to_rounding_go_to_the_lowest_action(kata):
    """State 0's two actions both have Q = 0.85 exactly (gamma 1); summed in another order they differ in the last bit: rounded, action 0."""
    # V_1 = [0, .85, .85, .85, 0], V_2 = [.85, .85, .85, .85, 0], V_3 = V_2 (change 0 < theta): 3 sweeps.
    # Q(0, 0) = 0.4·.85 + 0.3·.85 + 0.3·.85 = .85 = Q(0, 1) = 0.3·.85 + 0.3·.85 + 0.4·.85; a Python loop gets
    # Q(0, 1) − Q(0, 0) = 1.1e-16 > 0. np.round(Q, 9) ties them, and the lowest index wins: policy all 0.
    P, R = _inexact_tie_mdp()
    kata.check("value_iteration", P, R, 1.0, 1e-9,
               expected=(np.array([0.85, 0.85, 0.85, 0.85, 0.0]), np.zeros(5, dtype=np.int64), 3))


def test_count_is_a_python_int(kata):
    """The statement returns n_sweeps as a Python int (int(...) of a numpy count), not np.int64."""
    result = kata.call("value_iteration", np.ones((1, 2, 1)), np.array([[1.0, 2.0]]), 0.5, 0.5)
    count = result.value[2]
    require(type(count) is int, f"{result.shown}: n_sweeps is {type(count).__name__}; return a Python int (int(n))")


def test_gamma_zero_is_the_best_immediate_reward(kata):
    """gamma = 0: V = max_a R[s, a], policy = argmax_a R[s, a], 2 sweeps."""
    P = np.zeros((2, 3, 2))
    P[:, :, 0] = 1.0
    R = np.array([[0.1, 0.7, -3.0], [-0.2, -0.1, -0.3]])
    kata.check("value_iteration", P, R, 0.0, 1e-6, expected=(np.array([0.7, -0.1]), np.array([1, 1]), 2))


def test_gamma_one_on_a_finite_episode(kata):
    """gamma = 1 on the chain 2 → 1 → 0: V = [0, 1, 2], moving down is greedy everywhere (state 0: tie, action 0)."""
    P, R = chain_with_a_choice()
    kata.check("value_iteration", P, R, 1.0, 1e-9, expected=(np.array([0.0, 1.0, 2.0]), np.array([0, 0, 0]), 3))


def test_terminal_state_only(kata):
    """A single terminal state: V = [0], policy [0], one sweep."""
    kata.check("value_iteration", np.ones((1, 3, 1)), np.zeros((1, 3)), 1.0, 0.1,
               expected=(np.array([0.0]), np.array([0]), 1))


def test_max_sweeps_caps_a_run_that_never_converges(kata):
    """gamma = 1 on a loop with reward 1: max_sweeps = 5 gives V = [5] after 5 sweeps."""
    kata.check("value_iteration", np.ones((1, 1, 1)), np.ones((1, 1)), 1.0, 1e-6, max_sweeps=5,
               expected=(np.array([5.0]), np.array([0]), 5))


def test_int_inputs_give_floats(kata):
    """Int P and R, gamma 0.5 on the chain: V = [0, 1, 1.5] float64, policy int64."""
    P, R = chain_with_a_choice()
    kata.check("value_iteration", P.astype(int), R.astype(int), 0.5, 1e-9,
               expected=(np.array([0.0, 1.0, 1.5]), np.array([0, 0, 0]), 3))


def test_large_rewards_of_both_signs(kata):
    """Rewards ±1e6: staying costs −1e6 per step, ending pays +1e6 once; gamma 0.9."""
    P = np.zeros((2, 2, 2))
    P[0, 0, 0] = P[0, 1, 1] = P[1, :, 1] = 1.0
    R = np.array([[-1e6, 1e6], [0.0, 0.0]])
    kata.check("value_iteration", P, R, 0.9, 1e-6, expected=(np.array([1e6, 0.0]), np.array([1, 0]), 2))


def test_matches_reference_on_random_mdps(kata, rng):
    """Random MDPs (S ≤ 16, A ≤ 4, stochastic transitions), gamma 0.5 to 0.99, theta 1e-3 to 1e-10."""
    arg_sets = []
    for _ in range(10):
        P, R = random_mdp(rng, int(rng.integers(1, 17)), int(rng.integers(1, 5)))
        arg_sets.append(((P, R, float(rng.choice([0.5, 0.9, 0.99])), float(10.0 ** -rng.integers(3, 11))), {}))
    kata.check_each("value_iteration", arg_sets)


def test_values_satisfy_the_bellman_optimality_equation(kata, rng):
    """With theta 1e-12, V = max_a R + γ·P·V holds to 1e-9 and the policy attains the max."""
    P, R = random_mdp(rng, 10, 3)
    result = kata.call("value_iteration", P, R, 0.9, 1e-12)
    V, policy, _ = result.value
    Q = R + 0.9 * (P @ np.asarray(V))
    residual = np.max(np.abs(Q.max(axis=1) - V))
    require(residual < 1e-9, f"{result.shown}: V misses the Bellman optimality equation by {residual:.3g}")
    gap = np.max(Q.max(axis=1) - Q[np.arange(10), np.asarray(policy)])
    require(gap < 1e-9, f"{result.shown}: the policy is not greedy for V (it loses {gap:.3g} somewhere)")


def test_invalid_inputs_raise(kata):
    """ValueError for bad shapes, rows of P not summing to 1 or negative, gamma outside [0, 1], theta ≤ 0, max_sweeps < 1."""
    P, R = chain_with_a_choice()
    bad_P = P.copy()
    bad_P[1, 0, 0] = 0.9
    negative_P = np.zeros((2, 1, 2))
    negative_P[:, 0] = [1.5, -0.5]
    kata.raises_each([
        ("ValueError", "value_iteration", (P, R, 1.5, 1e-6), {}),
        ("ValueError", "value_iteration", (P, R, -0.1, 1e-6), {}),
        ("ValueError", "value_iteration", (P, R, 0.9, -1e-6), {}),
        ("ValueError", "value_iteration", (P, R, 0.9, 1e-6), {"max_sweeps": 0}),
        ("ValueError", "value_iteration", (bad_P, R, 0.9, 1e-6), {}),
        ("ValueError", "value_iteration", (negative_P, np.zeros((2, 1)), 0.9, 1e-6), {}),
        ("ValueError", "value_iteration", (P, np.zeros((3, 3)), 0.9, 1e-6), {}),
        ("ValueError", "value_iteration", (np.ones((2, 1, 3)) / 3, np.zeros((2, 1)), 0.9, 1e-6), {}),
    ])
