"""Hidden tests for rl/q_learning: q_learning(...) and sarsa(...) on gridworlds the grader provides."""
import numpy as np

from grader.functions_rl import GridWorld, cliff
from grader.testing import require

KEYWORDS = ("n_episodes", "max_steps", "alpha", "gamma", "epsilon", "seed")


def run(kata, name, world, n_states=None, n_actions=4, expected=None, **settings):
    n_states = world.n_states if n_states is None else n_states
    if expected is None:
        return kata.check(name, world, n_states, n_actions, world.start, **settings)
    return kata.check(name, world, n_states, n_actions, world.start, expected=expected, **settings)


def corridor(length=2):
    """1×length cells, start 0, goal at the right end (+1, done); every other move −1."""
    return GridWorld(1, length, start=0, goal=length - 1, goal_reward=1.0)


def test_q_learning_by_hand(kata):
    """1×2 corridor, epsilon 0, alpha 0.5, gamma 1, 2 episodes: Q[0] = [−0.5, 0.75, 0, 0], returns [0, 1].

    Episode 1: all tie, action 0 bumps the wall: Q[0, 0] = 0.5·(−1 + 0); action 1 reaches the goal: Q[0, 1] = 0.5.
    Episode 2: action 1 again: Q[0, 1] = 0.5 + 0.5·(1 − 0.5)."""
    run(kata, "q_learning", corridor(), n_episodes=2, max_steps=10, alpha=0.5, gamma=1.0, epsilon=0.0, seed=0,
        expected=(np.array([[-0.5, 0.75, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]), np.array([0.0, 1.0])))


def test_q_learning_discounting_by_hand(kata):
    """1×3 corridor, epsilon 0, alpha 1, gamma 0.5, 2 episodes: Q[0] = [−1.5, −0.5, −1, −1], returns [−2, −3].

    Ep. 1: up −1, right → 1 (−1), up −1, right → goal (+1): Q[0] = [−1, −1, 0, 0], Q[1] = [−1, 1, 0, 0], return −2.
    Ep. 2: down, left (−1 each: targets −1 + 0.5·0), up: −1 + 0.5·(−1) = −1.5, right: −1 + 0.5·1 = −0.5, right: 1; return −3."""
    expected_Q = np.array([[-1.5, -0.5, -1.0, -1.0], [-1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])
    run(kata, "q_learning", corridor(3), n_episodes=2, max_steps=10, alpha=1.0, gamma=0.5, epsilon=0.0, seed=0,
        expected=(expected_Q, np.array([-2.0, -3.0])))


def test_q_learning_gamma_zero_is_myopic(kata):
    """gamma 0 on the 1×3 corridor: every move is worth its own −1, so episode 2 bumps the wall until max_steps = 6 cuts it."""
    expected_Q = np.array([[-1.0, -1.0, -1.0, -1.0], [-1.0, 1.0, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]])
    run(kata, "q_learning", corridor(3), n_episodes=2, max_steps=6, alpha=1.0, gamma=0.0, epsilon=0.0, seed=0,
        expected=(expected_Q, np.array([-2.0, -6.0])))


def test_sarsa_chooses_the_next_action_before_updating(kata):
    """1×2 corridor, epsilon 0, alpha 0.5, gamma 1, 1 episode: Q[0] = [−0.75, 0.5, 0, 0], return −1.

    Up bumps (−1); the next action is chosen from Q still all 0: up again, Q[0, 0] = 0.5·(−1 + 0) = −0.5.
    Up bumps again; next action right (Q[0, 0] < 0): Q[0, 0] = −0.5 + 0.5·(−1 + 0 + 0.5) = −0.75; right: Q[0, 1] = 0.5."""
    run(kata, "sarsa", corridor(), n_episodes=1, max_steps=10, alpha=0.5, gamma=1.0, epsilon=0.0, seed=0,
        expected=(np.array([[-0.75, 0.5, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]), np.array([-1.0])))


def test_episodes_cut_at_max_steps(kata):
    """max_steps = 1 on the 1×2 corridor: episode 1 is one bump (−1), episode 2 reaches the goal: returns [−1, 1]."""
    expected = (np.array([[-0.5, 0.5, 0.0, 0.0], [0.0, 0.0, 0.0, 0.0]]), np.array([-1.0, 1.0]))
    for name in ("q_learning", "sarsa"):
        run(kata, name, corridor(), n_episodes=2, max_steps=1, alpha=0.5, gamma=1.0, epsilon=0.0, seed=0,
            expected=expected)


def test_single_action(kata):
    """n_actions = 1 on a 2×1 grid (start 1 below the goal 0, +1): Q[1, 0] = 0.5, 0.75, 0.875 over 3 episodes."""
    world = GridWorld(2, 1, start=1, goal=0, goal_reward=1.0)
    expected = (np.array([[0.0], [0.875]]), np.array([1.0, 1.0, 1.0]))
    for name in ("q_learning", "sarsa"):
        run(kata, name, world, n_actions=1, n_episodes=3, max_steps=5, alpha=0.5, gamma=0.9, epsilon=0.3, seed=4,
            expected=expected)


def test_zero_episodes(kata):
    """n_episodes = 0: Q all zeros, shape (n_states, n_actions); an empty float64 returns array."""
    for name in ("q_learning", "sarsa"):
        run(kata, name, cliff(), n_episodes=0, max_steps=10, alpha=0.5, gamma=1.0, epsilon=0.1, seed=0,
            expected=(np.zeros((15, 4)), np.array([])))


def test_q_learning_matches_reference_exploring(kata, rng):
    """Seeded ε-greedy runs on a 3×5 cliff and a 4×4 open grid: the reference's Q and returns, bit for bit."""
    for world, episodes, steps in ((cliff(), 30, 25), (GridWorld(4, 4, start=0, goal=15, step_reward=-0.1,
                                                                  goal_reward=1.0), 20, 30)):
        run(kata, "q_learning", world, n_episodes=episodes, max_steps=steps, alpha=float(rng.choice([0.1, 0.5, 1.0])),
            gamma=float(rng.choice([0.9, 1.0])), epsilon=float(rng.choice([0.1, 0.3])), seed=int(rng.integers(1000)))


def test_sarsa_matches_reference_exploring(kata, rng):
    """Seeded ε-greedy SARSA on the same worlds: the reference's Q and returns, bit for bit."""
    for world, episodes, steps in ((cliff(), 30, 25), (GridWorld(4, 4, start=0, goal=15, step_reward=-0.1,
                                                                  goal_reward=1.0), 20, 30)):
        run(kata, "sarsa", world, n_episodes=episodes, max_steps=steps, alpha=float(rng.choice([0.1, 0.5, 1.0])),
            gamma=float(rng.choice([0.9, 1.0])), epsilon=float(rng.choice([0.1, 0.3])), seed=int(rng.integers(1000)))


def test_pure_exploration(kata, rng):
    """epsilon = 1: every action is rng.integers(n_actions) after its rng.random(); 4×6 cliff, both learners."""
    world = cliff(4, 6)
    for name in ("q_learning", "sarsa"):
        run(kata, name, world, n_episodes=10, max_steps=40, alpha=0.3, gamma=0.95, epsilon=1.0,
            seed=int(rng.integers(1000)))


def test_step_called_once_per_step(kata, rng):
    """step is called exactly once per step taken: the number of steps the reference's run takes."""
    world = cliff()
    settings = dict(n_episodes=15, max_steps=20, alpha=0.5, gamma=1.0, epsilon=0.2, seed=int(rng.integers(1000)))
    for name in ("q_learning", "sarsa"):
        taken = []

        def counting(state, action):
            taken.append(1)
            return world(state, action)
        getattr(kata.reference, name)(counting, 15, 4, world.start, **settings)
        result = kata.call(name, world, 15, 4, world.start, **settings)
        calls = result.calls.get("step", 0)
        require(calls == len(taken), f"{result.shown} called step {calls} times; the run takes {len(taken)} steps, "
                                     "one call each")


def test_invalid_inputs_raise(kata):
    """ValueError for alpha outside (0, 1], gamma or epsilon outside [0, 1], max_steps < 1, n_episodes < 0 (even 0 episodes)."""
    world = corridor()
    good = dict(n_episodes=1, max_steps=5, alpha=0.5, gamma=0.9, epsilon=0.1, seed=0)
    for name in ("q_learning", "sarsa"):
        for key, value in (("alpha", 0.0), ("alpha", 1.5), ("gamma", 1.1), ("gamma", -0.1), ("epsilon", 1.2),
                           ("epsilon", -0.1), ("max_steps", 0), ("n_episodes", -1)):
            kata.raises("ValueError", name, world, 2, 4, 0, **{**good, key: value})
        kata.raises("ValueError", name, world, 2, 4, 0, **{**good, "n_episodes": 0, "alpha": 2.0})
