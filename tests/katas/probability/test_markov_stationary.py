"""Hidden tests for probability/markov_stationary: distribution_after(p0, P, n_steps), stationary_distribution(P)."""
import numpy as np

from grader.testing import require

P2 = np.array([[0.9, 0.1], [0.5, 0.5]])
PERIODIC = np.array([[0.0, 1.0, 0.0], [0.5, 0.0, 0.5], [0.0, 1.0, 0.0]])
P3 = np.array([[0.5, 0.5, 0.0], [0.2, 0.6, 0.2], [0.0, 0.1, 0.9]])


def random_chain(rng, k):
    P = rng.random((k, k)) + 0.05          # all entries positive: irreducible and aperiodic
    return P / P.sum(axis=1, keepdims=True)


def test_one_step_by_hand(kata):
    """p0 = [0.5, 0.5], P = [[0.9, 0.1], [0.5, 0.5]]: p0 @ P = [0.5·0.9 + 0.5·0.5, 0.5·0.1 + 0.5·0.5] = [0.7, 0.3]."""
    kata.check("distribution_after", np.array([0.5, 0.5]), P2, 1, expected=np.array([0.7, 0.3]))


def test_two_steps_by_hand(kata):
    """From state 0: [0.9, 0.1], then [0.9·0.9 + 0.1·0.5, 0.9·0.1 + 0.1·0.5] = [0.86, 0.14]."""
    kata.check("distribution_after", np.array([1.0, 0.0]), P2, 2, expected=np.array([0.86, 0.14]))


def test_zero_steps_returns_p0_as_float(kata):
    """n_steps = 0 with p0 = [1, 0] (ints): the start itself, as a float64 array."""
    kata.check("distribution_after", [1, 0], P2, 0, expected=np.array([1.0, 0.0]))
    kata.check("distribution_after", np.array([0, 1, 0]), PERIODIC, 0, expected=np.array([0.0, 1.0, 0.0]))


def test_zero_steps_with_a_float_start_gives_a_new_array(kata):
    """n_steps = 0 with a float64 p0 = [0.3, 0.7]: the same values as a NEW array (not p0 itself)."""
    kata.check("distribution_after", np.array([0.3, 0.7]), P2, 0, expected=np.array([0.3, 0.7]))


def test_periodic_chain_steps_by_hand(kata):
    """The periodic chain 0 → 1 → {0, 2} → 1: from state 0, after 2 steps [0.5, 0, 0.5], after 3 steps [0, 1, 0]."""
    kata.check("distribution_after", np.array([1.0, 0.0, 0.0]), PERIODIC, 2, expected=np.array([0.5, 0.0, 0.5]))
    kata.check("distribution_after", np.array([1.0, 0.0, 0.0]), PERIODIC, 3, expected=np.array([0.0, 1.0, 0.0]))


def test_stationary_two_states_by_hand(kata):
    """P = [[0.9, 0.1], [0.5, 0.5]]: flow balance π0·0.1 = π1·0.5 → π = (5/6, 1/6), not (1/2, 1/2)."""
    kata.check("stationary_distribution", P2, expected=np.array([5 / 6, 1 / 6]))


def test_stationary_three_states_by_hand(kata):
    """Birth–death chain: π1 = 2.5·π0 (0.5π0 = 0.2π1), π2 = 2·π1 (0.2π1 = 0.1π2) → (2, 5, 10)/17."""
    kata.check("stationary_distribution", P3, expected=np.array([2, 5, 10]) / 17)


def test_stationary_of_a_periodic_chain(kata):
    """The period-2 chain [[0, 1, 0], [0.5, 0, 0.5], [0, 1, 0]]: π = (0.25, 0.5, 0.25), though p @ P never settles."""
    kata.check("stationary_distribution", PERIODIC, expected=np.array([0.25, 0.5, 0.25]))


def test_single_state(kata):
    """k = 1: P = [[1.0]], π = [1.0]; any number of steps keeps [1.0]."""
    kata.check("stationary_distribution", np.array([[1.0]]), expected=np.array([1.0]))
    kata.check("distribution_after", np.array([1.0]), np.array([[1.0]]), 5, expected=np.array([1.0]))


def test_matches_reference_on_random_chains(kata, rng):
    """Random dense chains with 2 to 8 states, random starts and step counts."""
    after, stationary = [], []
    for _ in range(8):
        k = int(rng.integers(2, 9))
        P = random_chain(rng, k)
        p0 = rng.random(k)
        after.append(((p0 / p0.sum(), P, int(rng.integers(0, 20))), {}))
        stationary.append(((P,), {}))
    kata.check_each("distribution_after", after)
    kata.check_each("stationary_distribution", stationary)


def test_sparse_cycle_chain(kata):
    """A 4-cycle with laziness on state 2 only (irreducible, sparse): against the reference."""
    P = np.array([[0.0, 1.0, 0.0, 0.0], [0.0, 0.0, 1.0, 0.0], [0.0, 0.0, 0.75, 0.25], [1.0, 0.0, 0.0, 0.0]])
    # π0 = π1 = π3 and π2 = 4·π0 (it leaves at rate 1/4) → (1, 1, 4, 1)/7
    kata.check("stationary_distribution", P, expected=np.array([1, 1, 4, 1]) / 7)


def test_invalid_inputs_raise(kata):
    """ValueError: a row not summing to 1, a negative entry, a non-square P, a bad p0, n_steps < 0."""
    kata.raises_each([
        ("ValueError", "stationary_distribution", (np.array([[0.9, 0.2], [0.5, 0.5]]),), {}),
        ("ValueError", "stationary_distribution", (np.array([[1.2, -0.2], [0.5, 0.5]]),), {}),
        ("ValueError", "stationary_distribution", (np.array([[0.5, 0.5]]),), {}),
        ("ValueError", "distribution_after", (np.array([0.5, 0.6]), P2, 1), {}),
        ("ValueError", "distribution_after", (np.array([1.0, 0.0, 0.0]), P2, 1), {}),
        ("ValueError", "distribution_after", (np.array([1.0, 0.0]), P2, -1), {}),
        # distribution_after checks P too: a row summing to 1.1, a negative entry.
        ("ValueError", "distribution_after", (np.array([1.0, 0.0]), np.array([[0.9, 0.2], [0.5, 0.5]]), 1), {}),
        ("ValueError", "distribution_after", (np.array([1.0, 0.0]), np.array([[1.2, -0.2], [0.5, 0.5]]), 0), {}),
        # A (2, 3) P whose rows sum to 1: p0 @ P would even run, but P is not square.
        ("ValueError", "distribution_after", (np.array([1.0, 0.0]), np.array([[0.5, 0.25, 0.25], [0.2, 0.3, 0.5]]), 1), {}),
    ])


def test_row_sum_tolerance_is_1e_9(kata):
    """A row summing to 1 + 5e-10 is accepted (within 1e-9); 1 + 2e-9 raises ValueError."""
    kata.check("distribution_after", np.array([1.0, 0.0]), np.array([[0.5, 0.5 + 5e-10], [0.5, 0.5]]), 1)
    kata.raises("ValueError", "stationary_distribution", np.array([[0.5, 0.5 + 2e-9], [0.5, 0.5]]))


def test_stationary_is_fixed_and_long_run_limit(kata, rng):
    """On a random aperiodic chain: π @ P = π, π sums to 1, and 200 steps from any start reach π."""
    P = random_chain(rng, 6)
    result = kata.call("stationary_distribution", P)
    pi = np.asarray(result.value, dtype=float)
    require(pi.shape == (6,) and abs(pi.sum() - 1) < 1e-9 and np.allclose(pi @ P, pi, atol=1e-12),
            f"{result.shown} returned {np.round(pi, 6)}: π should satisfy π @ P = π and sum to 1")
    p = np.eye(6)[0]
    for _ in range(200):
        p = p @ P
    require(np.allclose(p, pi, atol=1e-9), f"{result.shown}: the chain's long-run distribution is {np.round(p, 6)}, "
                                           f"but you returned {np.round(pi, 6)}")
