"""Hidden tests for rl/discounted_returns: discounted_returns(rewards, dones, gamma)."""
import numpy as np

F, T = False, True


def test_one_episode_by_hand(kata):
    """rewards [1, 1, 1], no done, gamma 0.5: G = [1.75, 1.5, 1]."""
    kata.check("discounted_returns", np.array([1.0, 1.0, 1.0]), np.array([F, F, F]), 0.5,
               expected=np.array([1.75, 1.5, 1.0]))


def test_non_dyadic_gamma_by_hand(kata):
    """rewards [0.1, 0.7, 0.3], gamma 0.9: G_2 = 0.3, G_1 = 0.97, G_0 = 0.973."""
    kata.check("discounted_returns", np.array([0.1, 0.7, 0.3]), np.array([F, F, T]), 0.9,
               expected=np.array([0.1 + 0.9 * (0.7 + 0.9 * 0.3), 0.7 + 0.9 * 0.3, 0.3]), rtol=1e-12, atol=0)


def test_episode_boundary_stops_the_sum(kata):
    """rewards [1, 2, 3, 4], done after step 1, gamma 0.9: [2.8, 2, 6.6, 4] (step 1 sees nothing of 3, 4)."""
    kata.check("discounted_returns", np.array([1.0, 2.0, 3.0, 4.0]), np.array([F, T, F, F]), 0.9,
               expected=np.array([2.8, 2.0, 6.6, 4.0]))


def test_done_on_the_first_step(kata):
    """done after step 0: G_0 = rewards[0] alone; steps 1, 2 form their own episode (gamma 0.5)."""
    kata.check("discounted_returns", np.array([5.0, 2.0, 4.0]), np.array([T, F, F]), 0.5,
               expected=np.array([5.0, 4.0, 4.0]))


def test_every_step_done(kata):
    """Every step ends an episode: the returns are the rewards, for any gamma."""
    kata.check("discounted_returns", np.array([0.7, -0.1, 3.0]), np.array([T, T, T]), 0.99,
               expected=np.array([0.7, -0.1, 3.0]))


def test_gamma_zero_gives_the_rewards(kata):
    """gamma = 0: G_t = rewards[t]."""
    kata.check("discounted_returns", np.array([0.7, 0.1, -2.0, 5.0]), np.array([F, F, T, F]), 0.0,
               expected=np.array([0.7, 0.1, -2.0, 5.0]))


def test_gamma_one_gives_returns_to_go(kata):
    """gamma = 1 on finite episodes: suffix sums within each episode (returns-to-go)."""
    kata.check("discounted_returns", np.array([1.0, 2.0, 3.0, 10.0, 20.0]), np.array([F, F, T, F, T]), 1.0,
               expected=np.array([6.0, 5.0, 3.0, 30.0, 20.0]))


def test_unfinished_last_episode_is_cut(kata):
    """The buffer ends mid-episode: no bootstrap, the last step's return is its reward (done or not)."""
    rewards = np.array([1.0, 2.0, 3.0])
    expected = np.array([1.0 + 0.5 * 2.0 + 0.25 * 3.0, 2.0 + 0.5 * 3.0, 3.0])
    kata.check("discounted_returns", rewards, np.array([F, F, F]), 0.5, expected=expected)
    kata.check("discounted_returns", rewards, np.array([F, F, T]), 0.5, expected=expected)


def test_single_step(kata):
    """T = 1: the return is the reward."""
    kata.check("discounted_returns", np.array([-3.5]), np.array([F]), 0.9, expected=np.array([-3.5]))


def test_empty_buffer(kata):
    """T = 0: an empty float64 array."""
    kata.check("discounted_returns", np.array([]), np.array([], dtype=bool), 0.9, expected=np.array([]))


def test_integer_rewards_and_int_dones_give_floats(kata):
    """Int rewards, 0/1 int dones, gamma 0.5: float64 returns, nothing truncated."""
    kata.check("discounted_returns", np.array([1, 1, 3]), np.array([0, 1, 0]), 0.5,
               expected=np.array([1.5, 1.0, 3.0]))
    kata.check("discounted_returns", [1, 2], [0, 0], 0.5, expected=np.array([2.0, 2.0]))


def test_large_rewards_of_both_signs(kata):
    """Rewards ±1e6 with gamma 0.99: exact to 1e-12 relative."""
    rewards = np.array([1e6, -1e6, 1e6, -1e6, 5e5])
    dones = np.array([F, F, T, F, F])
    expected = np.array([1e6 - 0.99e6 + 0.9801e6, -1e6 + 0.99e6, 1e6, -1e6 + 0.99 * 5e5, 5e5])
    kata.check("discounted_returns", rewards, dones, 0.99, expected=expected, rtol=1e-12, atol=1e-6)


def test_matches_reference_on_random_buffers(kata, rng):
    """Random buffers of up to 200 steps, random episode ends and gammas."""
    arg_sets = []
    for _ in range(12):
        n = int(rng.integers(1, 201))
        rewards = rng.normal(0, 3, n)
        dones = rng.random(n) < rng.uniform(0, 0.3)
        arg_sets.append(((rewards, dones, float(rng.choice([0.0, 0.5, 0.9, 0.99, 1.0]))), {}))
    kata.check_each("discounted_returns", arg_sets)


def test_invalid_inputs_raise(kata):
    """ValueError for gamma outside [0, 1] (also with T = 0), mismatched lengths, and 2-D inputs."""
    kata.raises("ValueError", "discounted_returns", np.array([1.0]), np.array([F]), 1.5)
    kata.raises("ValueError", "discounted_returns", np.array([1.0]), np.array([F]), -0.1)
    kata.raises("ValueError", "discounted_returns", np.array([]), np.array([], dtype=bool), 1.01)
    kata.raises("ValueError", "discounted_returns", np.array([1.0, 2.0]), np.array([F]), 0.9)
    kata.raises("ValueError", "discounted_returns", np.ones((2, 2)), np.zeros((2, 2), dtype=bool), 0.9)
