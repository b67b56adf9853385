"""Hidden tests for rl/policy_iteration: policy_iteration(P, R, gamma, max_iterations=1_000)."""
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


def gamble():
    """State 0: action 0 ends with reward 0.5; action 1 (reward 0) reaches state 1 w.p. 0.7, else ends.
    State 1 ends with reward 1 (both actions). State 2 is terminal."""
    P = np.zeros((3, 2, 3))
    P[0, 0, 2] = 1.0
    P[0, 1, 1], P[0, 1, 2] = 0.7, 0.3
    P[1, :, 2] = P[2, :, 2] = 1.0
    return P, np.array([[0.5, 0.0], [1.0, 1.0], [0.0, 0.0]])


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
    """One state, rewards 1 and 2 for staying, gamma 0.5: evaluations give V = 2 then 4; stable after 2."""
    kata.check("policy_iteration", np.ones((1, 2, 1)), np.array([[1.0, 2.0]]), 0.5,
               expected=(np.array([4.0]), np.array([1]), 2))


def test_stochastic_improvement_by_hand(kata):
    """The gamble, gamma 0.9: policy [1, 0, 0] and V = [0.63, 1, 0] after 2 evaluations.

    Action 0 everywhere gives V = [0.5, 1, 0]; the gamble is worth 0.9·0.7·1 = 0.63 > 0.5, so policy [1, 0, 0],
    V = [0.63, 1, 0], and improving changes nothing."""
    P, R = gamble()
    kata.check("policy_iteration", P, R, 0.9, expected=(np.array([0.63, 1.0, 0.0]), np.array([1, 0, 0]), 2),
               rtol=1e-12, atol=1e-15)


def test_optimal_start_needs_one_evaluation(kata):
    """Action 0 is already optimal (moving down a chain to the terminal state 0, reward 1): one evaluation."""
    P = np.zeros((3, 2, 3))
    P[0, :, 0] = 1.0
    P[1, 0, 0] = P[2, 0, 1] = P[1, 1, 1] = P[2, 1, 2] = 1.0
    R = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0]])
    kata.check("policy_iteration", P, R, 0.9, expected=(np.array([0.0, 1.0, 1.9]), np.array([0, 0, 0]), 1))


def test_ties_go_to_the_lowest_action_even_against_the_current_one(kata):
    """gamma 0.5. State 0: action 0 goes to state 1 (reward 0), action 1 ends (reward 1); state 1: action 1 ends with reward 2.

    Evaluation 1 (all 0): V = 0 → policy [1, 1]. Evaluation 2: V = [1, 2] and in state 0 both actions are worth 1:
    the lowest index wins, policy [0, 1] (it changed). Evaluation 3: V = [1, 2], stable: 3 evaluations."""
    P = np.zeros((3, 2, 3))
    P[0, 0, 1] = P[0, 1, 2] = 1.0
    P[1, :, 2] = P[2, :, 2] = 1.0
    R = np.array([[0.0, 1.0], [0.0, 2.0], [0.0, 0.0]])
    kata.check("policy_iteration", P, R, 0.5, expected=(np.array([1.0, 2.0, 0.0]), np.array([0, 1, 0]), 3))


def test_exact_ties_pick_the_lowest_index(kata):
    """Actions 1 and 2 identical and best: the policy picks 1 (the terminal state, all tied, keeps 0)."""
    P = np.zeros((2, 3, 2))
    P[:, :, 1] = 1.0
    R = np.array([[0.1, 0.7, 0.7], [0.0, 0.0, 0.0]])
    kata.check("policy_iteration", P, R, 0.9, expected=(np.array([0.7, 0.0]), np.array([1, 0]), 2))


def test_ties_up_to_rounding_go_to_the_lowest_action(kata):
    """State 0's two actions both have Q = 0.5·0.85 exactly; summed in another order they differ in the last bit: rounded, action 0."""
    # All-0 policy, gamma 0.5: V = [0.425, 0.85, 0.85, 0.85, 0]. Q(0, 0) = 0.5·(0.4 + 0.3 + 0.3)·0.85 = 0.425
    # = Q(0, 1) = 0.5·(0.3 + 0.3 + 0.4)·0.85 exactly, but a loop or np.sum(P * V, axis=2) makes Q(0, 1) larger
    # by an ulp, switches to action 1 and needs 2 evaluations. Rounded to 9 decimals they tie: stable after 1.
    P, R = _inexact_tie_mdp()
    kata.check("policy_iteration", P, R, 0.5,
               expected=(np.array([0.425, 0.85, 0.85, 0.85, 0.0]), np.zeros(5, dtype=np.int64), 1))


def test_count_is_a_python_int(kata):
    """The statement returns n_evaluations as a Python int (int(...) of a numpy count), not np.int64."""
    result = kata.call("policy_iteration", np.ones((1, 2, 1)), np.array([[1.0, 2.0]]), 0.5)
    count = result.value[2]
    require(type(count) is int, f"{result.shown}: n_evaluations is {type(count).__name__}; return a Python int (int(n))")


def test_gamma_zero_is_the_best_immediate_reward(kata):
    """gamma = 0: V = max_a R[s, a] and the policy its argmax, after 2 evaluations."""
    P = np.zeros((2, 3, 2))
    P[:, :, 0] = 1.0
    R = np.array([[0.1, 0.7, -3.0], [-0.2, -0.1, -0.3]])
    kata.check("policy_iteration", P, R, 0.0, expected=(np.array([0.7, -0.1]), np.array([1, 1]), 2))


def test_terminal_state_only(kata):
    """A single terminal state: V = [0], policy [0], one evaluation."""
    kata.check("policy_iteration", np.ones((1, 3, 1)), np.zeros((1, 3)), 0.9,
               expected=(np.array([0.0]), np.array([0]), 1))


def test_max_iterations_stops_early(kata):
    """max_iterations = 1 on the gamble: the first policy (all 0) and its values, V = [0.5, 1, 0]."""
    P, R = gamble()
    kata.check("policy_iteration", P, R, 0.9, max_iterations=1,
               expected=(np.array([0.5, 1.0, 0.0]), np.array([0, 0, 0]), 1))


def test_int_inputs_give_floats(kata):
    """Int P and R: V float64 and policy int64 (one state, rewards 1 and 3, gamma 0.5: V = 6)."""
    kata.check("policy_iteration", np.ones((1, 2, 1), dtype=int), np.array([[1, 3]]), 0.5,
               expected=(np.array([6.0]), np.array([1]), 2))


def test_large_rewards_of_both_signs(kata):
    """Staying costs −1e6 per step, ending pays +1e6 once; gamma 0.9: end at once, V = [1e6, 0]."""
    P = np.zeros((2, 2, 2))
    P[0, 0, 0] = P[0, 1, 1] = P[1, :, 1] = 1.0
    R = np.array([[-1e6, 1e6], [0.0, 0.0]])
    kata.check("policy_iteration", P, R, 0.9, expected=(np.array([1e6, 0.0]), np.array([1, 0]), 2))


def test_matches_reference_on_random_mdps(kata, rng):
    """Random MDPs (S ≤ 16, A ≤ 4, stochastic transitions), gamma 0 to 0.99."""
    arg_sets = []
    for _ in range(10):
        P, R = random_mdp(rng, int(rng.integers(1, 17)), int(rng.integers(1, 5)))
        arg_sets.append(((P, R, float(rng.choice([0.0, 0.5, 0.9, 0.99]))), {}))
    kata.check_each("policy_iteration", arg_sets)


def test_result_is_optimal(kata, rng):
    """The values satisfy V = max_a R + γ·P·V to 1e-9 and the policy attains the max."""
    P, R = random_mdp(rng, 12, 4)
    result = kata.call("policy_iteration", P, R, 0.95)
    V, policy, _ = result.value
    Q = R + 0.95 * (P @ np.asarray(V))
    residual = np.max(np.abs(Q.max(axis=1) - V))
    require(residual < 1e-9, f"{result.shown}: V misses the Bellman optimality equation by {residual:.3g}")
    gap = np.max(Q.max(axis=1) - Q[np.arange(12), np.asarray(policy)])
    require(gap < 1e-9, f"{result.shown}: the policy is not greedy for V (it loses {gap:.3g} somewhere)")


def test_invalid_inputs_raise(kata):
    """ValueError for gamma = 1 or outside [0, 1), bad shapes, rows of P not summing to 1 or negative, max_iterations < 1."""
    P, R = gamble()
    bad_P = P.copy()
    bad_P[1, 0, 2] = 0.9
    negative_P = np.zeros((2, 1, 2))
    negative_P[:, 0] = [1.5, -0.5]
    kata.raises_each([
        ("ValueError", "policy_iteration", (P, R, 1.0), {}),
        ("ValueError", "policy_iteration", (P, R, -0.1), {}),
        ("ValueError", "policy_iteration", (P, R, 0.9), {"max_iterations": 0}),
        ("ValueError", "policy_iteration", (bad_P, R, 0.9), {}),
        ("ValueError", "policy_iteration", (negative_P, np.zeros((2, 1)), 0.9), {}),
        ("ValueError", "policy_iteration", (P, np.zeros((3, 3)), 0.9), {}),
        ("ValueError", "policy_iteration", (np.ones((2, 1, 3)) / 3, np.zeros((2, 1)), 0.9), {}),
    ])
