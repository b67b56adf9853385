"""Hidden tests for rl/lambda_returns: n_step_returns(...) and lambda_returns(...)."""
import numpy as np

from grader.testing import require

F, T = False, True
REWARDS, VALUES = np.array([1.0, 2.0, 3.0]), np.array([10.0, 20.0, 30.0, 40.0])


# ── n_step_returns ───────────────────────────────────────────────────────────────────────────

def test_two_step_by_hand(kata):
    """rewards [1, 2, 3], values [10, 20, 30, 40], gamma 0.5, n 2: [9.5, 13.5, 23] (the last step bootstraps from values[3])."""
    kata.check("n_step_returns", REWARDS, VALUES, np.array([F, F, F]), 0.5, 2, expected=np.array([9.5, 13.5, 23.0]))


def test_n_step_stops_at_done(kata):
    """done after step 1: G_0 = 1 + 0.5·2 = 2 and G_1 = 2, no bootstrap; G_2 = 3 + 0.5·40."""
    kata.check("n_step_returns", REWARDS, VALUES, np.array([F, T, F]), 0.5, 2, expected=np.array([2.0, 2.0, 23.0]))


def test_one_step_is_the_td_target(kata):
    """n = 1: rewards[t] + gamma·(1 − done)·values[t+1] (gamma 0.9, done after step 0)."""
    kata.check("n_step_returns", np.array([0.7, 0.1, -0.3]), np.array([1.0, 2.0, 3.0, 4.0]), np.array([T, F, F]), 0.9, 1,
               expected=np.array([0.7, 0.1 + 0.9 * 3.0, -0.3 + 0.9 * 4.0]), rtol=1e-12, atol=0)


def test_long_n_is_monte_carlo_with_a_final_bootstrap(kata):
    """n ≥ T: every return runs to the buffer's end and bootstraps with gamma^(T−t)·values[T]."""
    expected = np.array([1 + 0.5 * 2 + 0.25 * 3 + 0.125 * 40, 2 + 0.5 * 3 + 0.25 * 40, 3 + 0.5 * 40])
    for n in (3, 250):
        kata.check("n_step_returns", REWARDS, VALUES, np.array([F, F, F]), 0.5, n, expected=expected)


def test_done_on_the_last_step_drops_values_T(kata):
    """done after the last step: values[T] is never used (here inf)."""
    kata.check("n_step_returns", REWARDS, np.array([10.0, 20.0, 30.0, np.inf]), np.array([F, F, T]), 0.5, 5,
               expected=np.array([1 + 0.5 * 2 + 0.25 * 3, 2 + 0.5 * 3, 3.0]))


def test_value_after_a_done_step_is_never_used(kata):
    """values [5, nan, 3], done after step 0, gamma 0.5: values[1] belongs to a new episode's start and is never read."""
    # n = 2: G_0 = 1 (done at once), G_1 = 2 + 0.5·values[2] = 3.5 (the buffer ends after one reward).
    kata.check("n_step_returns", np.array([1.0, 2.0]), np.array([5.0, np.nan, 3.0]), np.array([T, F]), 0.5, 2,
               expected=np.array([1.0, 3.5]))


# ── lambda_returns ───────────────────────────────────────────────────────────────────────────

def test_lambda_by_hand(kata):
    """rewards [1, 2, 3], values [10, 20, 30, 40], gamma 0.5, lam 0.5: [9.8125, 15.25, 23]."""
    kata.check("lambda_returns", REWARDS, VALUES, np.array([F, F, F]), 0.5, 0.5,
               expected=np.array([9.8125, 15.25, 23.0]))


def test_lambda_stops_at_done(kata):
    """done after step 1: G_1 = 2; G_0 = 1 + 0.5·(0.5·20 + 0.5·2) = 6.5; G_2 = 3 + 0.5·40."""
    kata.check("lambda_returns", REWARDS, VALUES, np.array([F, T, F]), 0.5, 0.5, expected=np.array([6.5, 2.0, 23.0]))


def test_lambda_non_dyadic_by_hand(kata):
    """gamma 0.9, lam 0.7, rewards [0.1, 0.7], values [0.3, 0.2, 0.5]: G_1 = 0.7 + 0.45, G_0 = 0.1 + 0.9·(0.3·0.2 + 0.7·1.15)."""
    g1 = 0.7 + 0.9 * 0.5
    kata.check("lambda_returns", np.array([0.1, 0.7]), np.array([0.3, 0.2, 0.5]), np.array([F, F]), 0.9, 0.7,
               expected=np.array([0.1 + 0.9 * (0.3 * 0.2 + 0.7 * g1), g1]), rtol=1e-12, atol=0)


def test_lambda_value_after_a_done_step_is_never_used(kata):
    """values [5, nan, 3], done after step 0, gamma 0.5, lam 0.5: [1, 3.5]; the GAE form r + γV' − V, plus V, reads V[1] = nan."""
    # G_2 = values[2] = 3; G_1 = 2 + 0.5·(0.5·3 + 0.5·3) = 3.5; G_0 = rewards[0] = 1 (done).
    kata.check("lambda_returns", np.array([1.0, 2.0]), np.array([5.0, np.nan, 3.0]), np.array([T, F]), 0.5, 0.5,
               expected=np.array([1.0, 3.5]))


def test_lambda_zero_is_the_td_target(kata):
    """lam = 0: rewards[t] + gamma·(1 − done)·values[t+1]."""
    kata.check("lambda_returns", np.array([0.7, 0.1, -0.3]), np.array([1.0, 2.0, 3.0, 4.0]), np.array([T, F, F]), 0.9,
               0.0, expected=np.array([0.7, 0.1 + 0.9 * 3.0, -0.3 + 0.9 * 4.0]), rtol=1e-12, atol=0)


def test_lambda_one_is_monte_carlo_with_a_final_bootstrap(kata):
    """lam = 1: the discounted returns to the episode's end, or to the buffer's end plus gamma^(T−t)·values[T]."""
    kata.check("lambda_returns", REWARDS, VALUES, np.array([F, F, F]), 0.5, 1.0,
               expected=np.array([1 + 0.5 * 2 + 0.25 * 3 + 0.125 * 40, 2 + 0.5 * 3 + 0.25 * 40, 3 + 0.5 * 40]))
    kata.check("lambda_returns", REWARDS, VALUES, np.array([F, T, F]), 0.5, 1.0, expected=np.array([2.0, 2.0, 23.0]))


def test_lambda_done_on_the_last_step_drops_values_T(kata):
    """done after the last step and values[T] = nan: G_1 = rewards[1]; the nan never spreads."""
    kata.check("lambda_returns", np.array([5.0, 1.0]), np.array([0.0, 2.0, np.nan]), np.array([F, T]), 0.9, 0.5,
               expected=np.array([5.0 + 0.9 * (0.5 * 2.0 + 0.5 * 1.0), 1.0]))


# ── both ─────────────────────────────────────────────────────────────────────────────────────

def test_gamma_zero_gives_the_rewards(kata):
    """gamma = 0: both are the rewards."""
    kata.check("n_step_returns", REWARDS, VALUES, np.array([F, F, F]), 0.0, 3, expected=REWARDS.copy())
    kata.check("lambda_returns", REWARDS, VALUES, np.array([F, F, F]), 0.0, 0.5, expected=REWARDS.copy())


def test_gamma_one_on_a_finite_episode(kata):
    """gamma = 1, the episode ends at the last step: undiscounted sums to the end (n ≥ T; lam anything)."""
    expected = np.array([6.0, 5.0, 3.0])
    kata.check("n_step_returns", REWARDS, VALUES, np.array([F, F, T]), 1.0, 4, expected=expected)
    kata.check("lambda_returns", REWARDS, VALUES, np.array([F, F, T]), 1.0, 0.3,
               expected=np.array([1 + 0.7 * 20 + 0.3 * (2 + 0.7 * 30 + 0.3 * 3), 2 + 0.7 * 30 + 0.3 * 3, 3.0]))


def test_empty_buffer(kata):
    """T = 0: values has one entry; an empty float64 array."""
    kata.check("n_step_returns", np.array([]), np.array([7.0]), np.array([], dtype=bool), 0.9, 3, expected=np.array([]))
    kata.check("lambda_returns", np.array([]), np.array([7.0]), np.array([], dtype=bool), 0.9, 0.9, expected=np.array([]))


def test_int_inputs_give_floats(kata):
    """Int rewards, values and 0/1 dones: float64 results (gamma 0.5 makes halves)."""
    kata.check("n_step_returns", np.array([1, 1]), np.array([0, 0, 3]), np.array([0, 0]), 0.5, 1,
               expected=np.array([1.0, 2.5]))
    kata.check("lambda_returns", np.array([1, 1]), np.array([0, 0, 3]), np.array([0, 0]), 0.5, 1.0,
               expected=np.array([2.25, 2.5]))


def test_large_values_of_both_signs(kata):
    """Rewards and values ±1e6, gamma 0.99."""
    rewards, values = np.array([1e6, -1e6, 1e6]), np.array([-1e6, 1e6, -1e6, 1e6])
    kata.check("n_step_returns", rewards, values, np.array([F, F, F]), 0.99, 2,
               expected=np.array([1e6 - 0.99e6 - 0.9801e6, -1e6 + 0.99e6 + 0.9801e6, 1e6 + 0.99e6]), rtol=1e-12, atol=1e-6)
    kata.check("lambda_returns", rewards, values, np.array([F, F, F]), 0.99, 0.5)


def test_match_reference_on_random_buffers(kata, rng):
    """Random buffers (T ≤ 200) with random episode ends, n 1 to 250, gamma and lam across [0, 1]."""
    n_step, lam = [], []
    for _ in range(8):
        t = int(rng.integers(1, 201))
        rewards, values = rng.normal(0, 2, t), rng.normal(0, 5, t + 1)
        dones = rng.random(t) < rng.uniform(0, 0.2)
        gamma = float(rng.choice([0.0, 0.5, 0.9, 0.99, 1.0]))
        n_step.append(((rewards, values, dones, gamma, int(rng.choice([1, 2, 5, 20, 250]))), {}))
        lam.append(((rewards, values, dones, gamma, float(rng.choice([0.0, 0.5, 0.9, 0.95, 1.0]))), {}))
    kata.check_each("n_step_returns", n_step)
    kata.check_each("lambda_returns", lam)


def test_lambda_is_the_weighted_average_of_n_step_returns(kata, rng):
    """Forward view, no done: G^λ_t = (1 − λ)·Σ_{n<N} λ^(n−1)·G^(n)_t + λ^(N−1)·G^(N)_t, N = T − t, from your n-step returns."""
    t_len, gamma, lam = 12, 0.9, 0.8
    rewards, values, dones = rng.normal(0, 1, t_len), rng.normal(0, 1, t_len + 1), np.zeros(t_len, dtype=bool)
    by_n = {n: np.asarray(r.value) for n, r in zip(range(1, t_len + 1), kata.calls(
        "n_step_returns", [((rewards, values, dones, gamma, n), {}) for n in range(1, t_len + 1)]))}
    result = kata.call("lambda_returns", rewards, values, dones, gamma, lam)
    for t in range(t_len):
        horizon = t_len - t
        forward = (1 - lam) * sum(lam ** (n - 1) * by_n[n][t] for n in range(1, horizon)) + lam ** (horizon - 1) * by_n[horizon][t]
        require(abs(result.value[t] - forward) < 1e-9,
                f"{result.shown}: at t = {t} the λ-return is {result.value[t]!r}, but the λ-weighted average of your "
                f"n-step returns is {forward!r}")


def test_invalid_inputs_raise(kata):
    """ValueError for values of the wrong length (T or T + 2 entries), mismatched dones, gamma or lam outside [0, 1], n < 1 (even with T = 0)."""
    d = np.array([F, F, F])
    kata.raises_each([
        ("ValueError", "n_step_returns", (REWARDS, VALUES[:3], d, 0.9, 2), {}),
        ("ValueError", "n_step_returns", (REWARDS, np.append(VALUES, 50.0), d, 0.9, 2), {}),
        ("ValueError", "n_step_returns", (REWARDS, VALUES, d[:2], 0.9, 2), {}),
        ("ValueError", "n_step_returns", (REWARDS, VALUES, d, 1.5, 2), {}),
        ("ValueError", "n_step_returns", (REWARDS, VALUES, d, 0.9, 0), {}),
        ("ValueError", "n_step_returns", (np.array([]), np.array([1.0]), np.array([], dtype=bool), 0.9, 0), {}),
        ("ValueError", "lambda_returns", (REWARDS, VALUES[:3], d, 0.9, 0.5), {}),
        ("ValueError", "lambda_returns", (REWARDS, np.append(VALUES, 50.0), d, 0.9, 0.5), {}),
        ("ValueError", "lambda_returns", (REWARDS, VALUES, d[:2], 0.9, 0.5), {}),
        ("ValueError", "lambda_returns", (REWARDS, VALUES, d, -0.1, 0.5), {}),
        ("ValueError", "lambda_returns", (REWARDS, VALUES, d, 0.9, 1.5), {}),
        ("ValueError", "lambda_returns", (np.array([]), np.array([1.0]), np.array([], dtype=bool), 0.9, -0.5), {}),
        ("ValueError", "lambda_returns", (np.ones((2, 2)), np.ones(3), np.zeros(2, dtype=bool), 0.9, 0.5), {}),
    ])
