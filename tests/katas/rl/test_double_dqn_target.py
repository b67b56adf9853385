"""Hidden tests for rl/double_dqn_target: double_dqn_target(rewards, dones, q_online_next, q_target_next, gamma)."""
import numpy as np

F, T = False, True


def test_online_chooses_target_rates_by_hand(kata):
    """Three rows where the online argmax is not the target argmax; gamma 0.9."""
    q_online = np.array([[0.2, 0.5, 0.1], [3.0, 1.0, 2.0], [0.0, 0.1, 0.7]])
    q_target = np.array([[10.0, 3.0, 0.0], [1.0, 8.0, 9.0], [5.0, 6.0, 0.3]])
    # a* = [1, 0, 2]; rated [3.0, 1.0, 0.3]
    kata.check("double_dqn_target", np.array([1.0, -1.0, 0.7]), np.array([F, F, F]), q_online, q_target, 0.9,
               expected=np.array([1.0 + 0.9 * 3.0, -1.0 + 0.9 * 1.0, 0.7 + 0.9 * 0.3]), rtol=1e-12, atol=0)


def test_terminal_transition_is_the_reward_alone(kata):
    """done rows: y = reward, even with huge next-state values there."""
    q_online = np.array([[1.0, 2.0], [5.0, 1.0]])
    q_target = np.array([[100.0, 200.0], [50.0, 10.0]])
    kata.check("double_dqn_target", np.array([0.1, 0.3]), np.array([T, F]), q_online, q_target, 0.5,
               expected=np.array([0.1, 0.3 + 0.5 * 50.0]))


def test_terminal_ignores_inf_and_nan(kata):
    """A done row whose next-state values are inf or nan still gets its reward (no 0·inf = nan)."""
    q_online = np.array([[np.inf, 0.0], [1.0, 2.0]])
    q_target = np.array([[np.nan, np.inf], [4.0, 6.0]])
    kata.check("double_dqn_target", np.array([2.0, 1.0]), np.array([T, F]), q_online, q_target, 0.9,
               expected=np.array([2.0, 1.0 + 0.9 * 6.0]))


def test_non_terminal_rows_propagate_inf_and_nan(kata):
    """A live row whose chosen next value is inf or nan keeps it (divergence must show, never be masked)."""
    q_online = np.array([[1.0, 0.0], [0.0, 1.0]])
    q_target = np.array([[np.inf, 0.0], [5.0, np.nan]])
    kata.check("double_dqn_target", np.array([1.0, 1.0]), np.array([F, F]), q_online, q_target, 0.9,
               expected=np.array([np.inf, np.nan]))


def test_ties_go_to_the_lowest_action(kata):
    """Online values tie between actions: the lowest index is chosen, and the target net rates that one."""
    q_online = np.array([[1.0, 1.0, 0.0], [0.0, 2.0, 2.0], [0.7, 0.7, 0.7]])
    q_target = np.array([[5.0, 7.0, 9.0], [9.0, 3.0, 8.0], [0.1, 0.2, 0.3]])
    kata.check("double_dqn_target", np.zeros(3), np.array([F, F, F]), q_online, q_target, 1.0,
               expected=np.array([5.0, 3.0, 0.1]))


def test_nan_in_the_online_values_is_chosen(kata):
    """A nan in q_online_next counts as the maximum (np.argmax's rule): rows [nan, 0] and [0, nan] choose actions 0 and 1."""
    # a* = [0, 1]: y_0 = 1 + 0.5·q_target_next[0, 0] = 1.5, y_1 = 1 + 0.5·q_target_next[1, 1] = 3.0.
    # A loop with `>` never picks a nan: it would rate action 0 in row 1 and give 2.5.
    kata.check("double_dqn_target", np.array([1.0, 1.0]), np.array([F, F]), np.array([[np.nan, 0.0], [0.0, np.nan]]),
               np.array([[1.0, 2.0], [3.0, 4.0]]), 0.5, expected=np.array([1.5, 3.0]))


def test_all_done_returns_a_new_array(kata):
    """Every transition done: the targets are the rewards [1, 2], in a NEW array (not the float64 rewards passed in)."""
    kata.check("double_dqn_target", np.array([1.0, 2.0]), np.array([T, T]), np.ones((2, 2)), np.ones((2, 2)), 0.9,
               expected=np.array([1.0, 2.0]))


def test_gamma_zero_gives_the_rewards(kata):
    """gamma = 0: y = reward for every transition."""
    kata.check("double_dqn_target", np.array([0.7, -0.1]), np.array([F, F]), np.array([[1.0, 2.0], [3.0, 4.0]]),
               np.array([[5.0, 6.0], [7.0, 8.0]]), 0.0, expected=np.array([0.7, -0.1]))


def test_gamma_one(kata):
    """gamma = 1: y = r + q_target_next[a*] undiscounted."""
    kata.check("double_dqn_target", np.array([1.0]), np.array([F]), np.array([[0.0, 1.0]]),
               np.array([[9.0, 0.7]]), 1.0, expected=np.array([1.7]))


def test_single_action(kata):
    """A = 1: a* = 0 always; y = r + gamma·q_target_next[:, 0]."""
    kata.check("double_dqn_target", np.array([1.0, 2.0]), np.array([F, T]), np.array([[-5.0], [3.0]]),
               np.array([[0.4], [8.0]]), 0.5, expected=np.array([1.2, 2.0]))


def test_empty_batch(kata):
    """B = 0: an empty float64 array."""
    kata.check("double_dqn_target", np.array([]), np.array([], dtype=bool), np.zeros((0, 3)), np.zeros((0, 3)),
               0.9, expected=np.array([]))


def test_int_inputs_give_floats(kata):
    """Int rewards, 0/1 int dones and int Q-values: float64 targets (0.5 is not truncated)."""
    kata.check("double_dqn_target", np.array([1, 2]), np.array([0, 1]), np.array([[1, 3], [2, 0]]),
               np.array([[4, 1], [5, 5]]), 0.5, expected=np.array([1.5, 2.0]))


def test_large_values_of_both_signs(kata):
    """Q-values ±1e6 (the argmax must still pick the true maximum), gamma 0.99."""
    q_online = np.array([[-1e6, -2e6], [1e6, 1e6 + 1]])
    q_target = np.array([[-3e6, 4e6], [2e6, -1e6]])
    kata.check("double_dqn_target", np.array([1e6, -1e6]), np.array([F, F]), q_online, q_target, 0.99,
               expected=np.array([1e6 - 0.99 * 3e6, -1e6 - 0.99 * 1e6]), rtol=1e-12, atol=0)


def test_matches_reference_on_random_batches(kata, rng):
    """Random batches (B ≤ 64, A ≤ 8), some values rounded so that ties happen."""
    arg_sets = []
    for _ in range(10):
        b, a = int(rng.integers(1, 65)), int(rng.integers(1, 9))
        q_online = np.round(rng.normal(0, 2, (b, a)), int(rng.integers(0, 3)))
        arg_sets.append(((rng.normal(0, 1, b), rng.random(b) < 0.2, q_online,
                          rng.normal(0, 2, (b, a)), float(rng.choice([0.0, 0.9, 0.99, 1.0]))), {}))
    kata.check_each("double_dqn_target", arg_sets)


def test_invalid_inputs_raise(kata):
    """ValueError for gamma outside [0, 1] (also with B = 0), mismatched shapes (a length-1 dones or rewards too), A = 0 and 1-D Q arrays."""
    q = np.zeros((2, 3))
    kata.raises_each([
        ("ValueError", "double_dqn_target", (np.zeros(2), np.zeros(2, dtype=bool), q, q, 1.5), {}),
        ("ValueError", "double_dqn_target", (np.zeros(2), np.zeros(2, dtype=bool), q, q, -0.5), {}),
        ("ValueError", "double_dqn_target", (np.zeros(0), np.zeros(0, dtype=bool), np.zeros((0, 3)), np.zeros((0, 3)), 2.0), {}),
        ("ValueError", "double_dqn_target", (np.zeros(3), np.zeros(3, dtype=bool), q, q, 0.9), {}),
        # a length-1 dones (or rewards) would broadcast against B = 2
        ("ValueError", "double_dqn_target", (np.array([1.0, 2.0]), np.array([F]), np.ones((2, 2)), np.ones((2, 2)), 0.9), {}),
        ("ValueError", "double_dqn_target", (np.array([1.0]), np.array([F, F]), np.ones((2, 2)), np.ones((2, 2)), 0.9), {}),
        ("ValueError", "double_dqn_target", (np.zeros(2), np.zeros(2, dtype=bool), q, np.zeros((2, 4)), 0.9), {}),
        ("ValueError", "double_dqn_target", (np.zeros(2), np.zeros(2, dtype=bool), np.zeros((2, 0)), np.zeros((2, 0)), 0.9), {}),
        ("ValueError", "double_dqn_target", (np.zeros(2), np.zeros(2, dtype=bool), np.zeros(2), np.zeros(2), 0.9), {}),
    ])
