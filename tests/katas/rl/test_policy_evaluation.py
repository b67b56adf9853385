"""Hidden tests for rl/policy_evaluation: policy_evaluation(P, R, policy, gamma, theta, max_sweeps=10_000)."""
import numpy as np

from grader.testing import require


def random_mdp(rng, n_states, n_actions, terminal=True):
    """Random transition rows (some sparse), rewards, a random stochastic policy; the last state terminal."""
    P = rng.random((n_states, n_actions, n_states)) * (rng.random((n_states, n_actions, n_states)) < 0.6)
    P[:, :, 0] += 1e-3
    P /= P.sum(axis=2, keepdims=True)
    R = rng.normal(0, 1, (n_states, n_actions))
    if terminal:
        P[-1] = 0.0
        P[-1, :, -1] = 1.0
        R[-1] = 0.0
    policy = rng.random((n_states, n_actions))
    policy /= policy.sum(axis=1, keepdims=True)
    return P, R, policy


def backwards_chain(gamma_reward=1.0):
    """States 0 (terminal), 1 → 0, 2 → 1, reward 1 per move; one action."""
    P = np.zeros((3, 1, 3))
    P[0, 0, 0] = P[1, 0, 0] = P[2, 0, 1] = 1.0
    R = np.array([[0.0], [gamma_reward], [gamma_reward]])
    return P, R, np.ones((3, 1))


def test_geometric_series_by_hand(kata):
    """One state, reward 1, gamma 0.5: changes 1, 0.5, 0.25, 0.125; theta 0.25 stops after sweep 4 (strictly below)."""
    kata.check("policy_evaluation", np.ones((1, 1, 1)), np.ones((1, 1)), np.ones((1, 1)), 0.5, 0.25,
               expected=(np.array([1.875]), 4))


def test_sweep_count_is_a_python_int(kata):
    """The statement returns n_sweeps as a Python int (int(...) of a numpy count), not np.int64."""
    result = kata.call("policy_evaluation", np.ones((1, 1, 1)), np.ones((1, 1)), np.ones((1, 1)), 0.5, 0.25)
    n_sweeps = result.value[1]
    require(type(n_sweeps) is int, f"{result.shown}: n_sweeps is {type(n_sweeps).__name__}; return a Python int (int(n))")


def test_theta_between_two_changes(kata):
    """Same MDP, theta 0.3: the change 0.25 of sweep 3 is below it, V = 1.75 after 3 sweeps."""
    kata.check("policy_evaluation", np.ones((1, 1, 1)), np.ones((1, 1)), np.ones((1, 1)), 0.5, 0.3,
               expected=(np.array([1.75]), 3))


def test_sweeps_are_synchronous(kata):
    """Chain 2 → 1 → 0 (terminal), reward 1 per move, gamma 0.9: V_1 = [0, 1, 1], V_2 = [0, 1, 1.9], V_3 = V_2: 3 sweeps.

    An in-place sweep in state order would reach [0, 1, 1.9] in its first sweep and stop after 2."""
    P, R, policy = backwards_chain()
    kata.check("policy_evaluation", P, R, policy, 0.9, 1e-9, expected=(np.array([0.0, 1.0, 1.9]), 3))


def test_stochastic_policy_by_hand(kata):
    """State 0: stay (reward 1) or go to the terminal state 1 (reward 2), each with probability 0.5; gamma 0.5.

    V_{k+1} = 1.5 + 0.25·V_k, so V_k = 2·(1 − 0.25^k) and the change of sweep k is 1.5·0.25^(k−1):
    the first below 1e-10 is sweep 18."""
    P = np.zeros((2, 2, 2))
    P[0, 0, 0] = P[0, 1, 1] = P[1, :, 1] = 1.0
    R = np.array([[1.0, 2.0], [0.0, 0.0]])
    policy = np.array([[0.5, 0.5], [1.0, 0.0]])
    kata.check("policy_evaluation", P, R, policy, 0.5, 1e-10,
               expected=(np.array([2.0 * (1 - 0.25 ** 18), 0.0]), 18), rtol=1e-13, atol=0)


def test_stochastic_transitions_by_hand(kata):
    """One action from state 0: to state 1 w.p. 0.7, to the terminal state 2 w.p. 0.3; state 1 → terminal, reward 0.1."""
    P = np.zeros((3, 1, 3))
    P[0, 0, 1], P[0, 0, 2] = 0.7, 0.3
    P[1, 0, 2] = P[2, 0, 2] = 1.0
    R = np.array([[1.0], [0.1], [0.0]])
    # V(1) = 0.1; V(0) = 1 + 0.9·0.7·0.1 = 1.063; sweeps: [1, 0.1, 0], [1.063, 0.1, 0], same: 3
    kata.check("policy_evaluation", P, R, np.ones((3, 1)), 0.9, 1e-12,
               expected=(np.array([1.063, 0.1, 0.0]), 3), rtol=1e-12, atol=0)


def test_gamma_zero_gives_the_expected_reward(kata):
    """gamma = 0: V = Σ_a π(a|s)·R[s, a] after sweep 1, confirmed by a zero change in sweep 2."""
    P = np.zeros((2, 2, 2))
    P[:, :, 1] = 1.0
    R = np.array([[0.7, 0.1], [-2.0, 4.0]])
    policy = np.array([[0.5, 0.5], [0.25, 0.75]])
    kata.check("policy_evaluation", P, R, policy, 0.0, 1e-6, expected=(np.array([0.4, 2.5]), 2))


def test_zero_rewards_stop_after_one_sweep(kata):
    """All rewards 0: sweep 1 changes nothing (V stays 0), so one sweep."""
    P = np.zeros((2, 1, 2))
    P[:, 0, 0] = 1.0
    kata.check("policy_evaluation", P, np.zeros((2, 1)), np.ones((2, 1)), 0.9, 1e-8, expected=(np.zeros(2), 1))


def test_gamma_one_on_a_finite_episode(kata):
    """gamma = 1 on the chain 2 → 1 → 0 (terminal): undiscounted values [0, 1, 2] after 3 sweeps."""
    P, R, policy = backwards_chain()
    kata.check("policy_evaluation", P, R, policy, 1.0, 1e-9, expected=(np.array([0.0, 1.0, 2.0]), 3))


def test_terminal_state_only(kata):
    """A single terminal state: V = [0] after one sweep, for gamma 1."""
    kata.check("policy_evaluation", np.ones((1, 2, 1)), np.zeros((1, 2)), np.array([[0.3, 0.7]]), 1.0, 0.1,
               expected=(np.array([0.0]), 1))


def test_max_sweeps_caps_a_run_that_never_converges(kata):
    """gamma = 1 on a loop with reward 1 never converges: max_sweeps = 5 gives V = [5] after 5 sweeps."""
    kata.check("policy_evaluation", np.ones((1, 1, 1)), np.ones((1, 1)), np.ones((1, 1)), 1.0, 1e-6,
               max_sweeps=5, expected=(np.array([5.0]), 5))
    kata.check("policy_evaluation", np.ones((1, 1, 1)), np.ones((1, 1)), np.ones((1, 1)), 0.5, 1e-6,
               max_sweeps=1, expected=(np.array([1.0]), 1))


def test_int_inputs_give_floats(kata):
    """Int P, R and policy: float64 values (gamma 0.5 on the chain: [0, 1, 1.5])."""
    P, R, policy = backwards_chain()
    kata.check("policy_evaluation", P.astype(int), R.astype(int), policy.astype(int), 0.5, 1e-9,
               expected=(np.array([0.0, 1.0, 1.5]), 3))


def test_large_rewards_of_both_signs(kata):
    """Rewards ±1e6 on the two-action MDP (policy 0.5/0.5), gamma 0.5: V(0) = (0.5·1e6 − 0.5·2e6)/(1 − 0.25)."""
    P = np.zeros((2, 2, 2))
    P[0, 0, 0] = P[0, 1, 1] = P[1, :, 1] = 1.0
    R = np.array([[1e6, -2e6], [0.0, 0.0]])
    result = kata.call("policy_evaluation", P, R, np.array([[0.5, 0.5], [1.0, 0.0]]), 0.5, 1e-6)
    V, _ = result.value
    want = -0.5e6 / 0.75
    require(abs(V[0] - want) < 1e-5, f"{result.shown}: V[0] should be {want:.6f} (within 1e-5), got {V[0]!r}")
    kata.check("policy_evaluation", P, R, np.array([[0.5, 0.5], [1.0, 0.0]]), 0.5, 1e-6)


def test_matches_reference_on_random_mdps(kata, rng):
    """Random MDPs (S ≤ 12, A ≤ 4, stochastic transitions and policies), gamma 0.5 to 1, theta 1e-3 to 1e-10."""
    arg_sets = []
    for _ in range(10):
        P, R, policy = random_mdp(rng, int(rng.integers(1, 13)), int(rng.integers(1, 5)))
        gamma = float(rng.choice([0.5, 0.9, 0.99]))
        arg_sets.append(((P, R, policy, gamma, float(10.0 ** -rng.integers(3, 11))), {}))
    kata.check_each("policy_evaluation", arg_sets)


def test_close_to_the_exact_solution(kata, rng):
    """With theta 1e-12 the values solve V = R_π + γ·P_π·V to 1e-9."""
    P, R, policy = random_mdp(rng, 8, 3)
    result = kata.call("policy_evaluation", P, R, policy, 0.9, 1e-12)
    V, _ = result.value
    P_pi = np.einsum("sa,sat->st", policy, P)
    exact = np.linalg.solve(np.eye(8) - 0.9 * P_pi, np.sum(policy * R, axis=1))
    error = np.max(np.abs(np.asarray(V) - exact))
    require(error < 1e-9, f"{result.shown}: V is {error:.3g} away from the exact solution (I − γP_π)⁻¹R_π")


def test_invalid_inputs_raise(kata):
    """ValueError for bad shapes, rows not summing to 1, negative entries (in P and in the policy), gamma outside [0, 1], theta ≤ 0, max_sweeps < 1."""
    P, R, policy = backwards_chain()
    bad_P = P.copy()
    bad_P[1, 0, 0] = 0.9
    negative_P = np.zeros((2, 1, 2))
    negative_P[:, 0] = [1.5, -0.5]
    kata.raises_each([
        ("ValueError", "policy_evaluation", (P, R, policy, 1.5, 1e-6), {}),
        ("ValueError", "policy_evaluation", (P, R, policy, -0.1, 1e-6), {}),
        ("ValueError", "policy_evaluation", (P, R, policy, 0.9, 0.0), {}),
        ("ValueError", "policy_evaluation", (P, R, policy, 0.9, 1e-6), {"max_sweeps": 0}),
        ("ValueError", "policy_evaluation", (bad_P, R, policy, 0.9, 1e-6), {}),
        ("ValueError", "policy_evaluation", (negative_P, np.zeros((2, 1)), np.ones((2, 1)), 0.9, 1e-6), {}),
        ("ValueError", "policy_evaluation", (P, R, np.full((3, 1), 0.5), 0.9, 1e-6), {}),
        # a policy row that sums to 1 but has a negative entry
        ("ValueError", "policy_evaluation", (np.ones((1, 2, 1)), np.array([[1.0, 2.0]]), np.array([[1.5, -0.5]]), 0.5, 0.01), {}),
        ("ValueError", "policy_evaluation", (P, np.zeros((3, 2)), policy, 0.9, 1e-6), {}),
        ("ValueError", "policy_evaluation", (np.ones((2, 1, 3)) / 3, np.zeros((2, 1)), np.ones((2, 1)), 0.9, 1e-6), {}),
    ])
