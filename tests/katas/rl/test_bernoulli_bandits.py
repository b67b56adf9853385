"""Hidden tests for rl/bernoulli_bandits: epsilon_greedy, ucb1 and thompson_sampling."""
import numpy as np

from grader.testing import require


def rule_epsilon_one(probs, n_steps, seed):
    """epsilon = 1 by the statement's draws: random() (always < 1), integers(k), random() for the reward."""
    rng = np.random.default_rng(seed)
    arms, rewards = [], []
    for _ in range(n_steps):
        rng.random()
        arm = int(rng.integers(len(probs)))
        arms.append(arm)
        rewards.append(1.0 if rng.random() < probs[arm] else 0.0)
    return np.array(arms, dtype=np.int64), np.array(rewards), np.cumsum(max(probs) - np.array(probs)[arms])


# ── epsilon_greedy ───────────────────────────────────────────────────────────────────────────

def test_greedy_gets_stuck_by_hand(kata):
    """epsilon 0, probs [0, 1]: the tie at 0 goes to arm 0, which never pays; arm 1 is never tried: regret 1, 2, 3, 4."""
    kata.check("epsilon_greedy", np.array([0.0, 1.0]), 4, epsilon=0.0, seed=3,
               expected=(np.array([0, 0, 0, 0]), np.zeros(4), np.array([1.0, 2.0, 3.0, 4.0])))


def test_greedy_follows_the_mean_by_hand(kata):
    """epsilon 0: probs [1, 0.7] keep arm 0 (regret 0); probs [0.7, 1]: arm 0 pays at once, its mean 1 stays the max, regret 0.3 per step."""
    # seed 0 draws 0.637, 0.270, 0.041, 0.017, 0.813, 0.913: per step u (≥ 0, so greedy), then the reward draw.
    # probs [1, 0.7]: arm 0 (tie at 0 → lowest), rewards 1, 1, 1 (every draw < 1), regret 0.
    kata.check("epsilon_greedy", np.array([1.0, 0.7]), 3, epsilon=0.0, seed=0,
               expected=(np.array([0, 0, 0]), np.ones(3), np.array([0.0, 0.0, 0.0])))
    # probs [0.7, 1]: arm 0 pays (0.270 < 0.7, then 0.017 < 0.7); the better arm 1 is never tried: regret 0.3, 0.6.
    kata.check("epsilon_greedy", np.array([0.7, 1.0]), 2, epsilon=0.0, seed=0,
               expected=(np.array([0, 0]), np.ones(2), np.array([0.3, 0.6])))


def test_pure_exploration_draws(kata):
    """epsilon 1: each step draws random(), integers(k), then random() for the reward (probs [0.1, 0.7, 0.0])."""
    probs = [0.1, 0.7, 0.0]
    for seed in (0, 11):
        kata.check("epsilon_greedy", np.array(probs), 12, epsilon=1.0, seed=seed, expected=rule_epsilon_one(probs, 12, seed))


def test_equal_means_compare_equal(kata):
    """probs [0.5, 0.5], epsilon 0.5, seed 25: before step 6 arm 0 has rewards 1, 0, 1 and arm 1 has 1, 1, 0, both 2/3.
    As one division each they tie exactly and step 6 exploits arm 0; a running mean gives 0.6666666666666666 against
    0.6666666666666667 and picks arm 1."""
    arms = np.array([1, 0, 0, 1, 1, 0, 0, 1, 1, 0, 1, 1])
    rewards = np.array([1.0, 1, 0, 1, 0, 1, 0, 1, 1, 0, 0, 1])
    kata.check("epsilon_greedy", np.array([0.5, 0.5]), 12, epsilon=0.5, seed=25,
               expected=(arms, rewards, np.zeros(12)))


def test_epsilon_greedy_matches_reference(kata, rng):
    """Seeded runs, k ≤ 10 arms, up to 300 steps, epsilon 0.05 to 0.5: arms, rewards and regret bit for bit."""
    for _ in range(4):
        k = int(rng.integers(2, 11))
        kata.check("epsilon_greedy", rng.random(k), int(rng.integers(1, 301)),
                   epsilon=float(rng.choice([0.05, 0.1, 0.5])), seed=int(rng.integers(10**6)))


# ── ucb1 ─────────────────────────────────────────────────────────────────────────────────────

def test_ucb1_by_hand(kata):
    """probs [0, 1], 7 steps: round robin 0, 1, then arm 1 at t = 2…5 and arm 0 at t = 6 (mean + sqrt(2·ln t / n)).

    t = 5: arm 1 scores 1 + sqrt(2·ln 5 / 4) = 1.897 > sqrt(2·ln 5) = 1.794;
    t = 6: arm 0 scores sqrt(2·ln 6) = 1.893 > 1 + sqrt(2·ln 6 / 5) = 1.847."""
    kata.check("ucb1", np.array([0.0, 1.0]), 7, seed=0,
               expected=(np.array([0, 1, 1, 1, 1, 1, 0]), np.array([0.0, 1, 1, 1, 1, 1, 0]),
                         np.array([1.0, 1, 1, 1, 1, 1, 2])))


def test_ucb1_ties_go_to_the_lowest_arm(kata):
    """probs [1, 1]: equal means; equal counts tie → arm 0, so the pulls alternate 0, 1, 0, 1, …"""
    kata.check("ucb1", np.array([1.0, 1.0]), 6, seed=0,
               expected=(np.array([0, 1, 0, 1, 0, 1]), np.ones(6), np.zeros(6)))


def test_ucb1_round_robin_shorter_than_k(kata):
    """n_steps = 3 < k = 5: arms 0, 1, 2 in turn; regret from probs [0.1, 0.7, 0.3, 0.2, 0.6]: 0.6, 0.6, 1.0."""
    result = kata.check("ucb1", np.array([0.1, 0.7, 0.3, 0.2, 0.6]), 3, seed=5)
    arms, _, regret = result.value
    require(list(arms) == [0, 1, 2], f"{result.shown}: the first k steps pull 0, 1, 2, … in turn, got {list(arms)}")
    require(np.allclose(regret, [0.6, 0.6, 1.0], rtol=0, atol=1e-12), f"{result.shown}: regret {regret}")


def test_ucb1_long_run_by_hand(kata):
    """probs [0, 1] for 40 steps: arm 0's bonus sqrt(2·ln t) wins back a pull only at t = 6, 15 and 30."""
    arms = np.ones(40, dtype=np.int64)
    arms[[0, 6, 15, 30]] = 0
    kata.check("ucb1", np.array([0.0, 1.0]), 40, seed=1,
               expected=(arms, (arms == 1).astype(float), np.cumsum((arms == 0).astype(float))))


def test_ucb1_matches_reference(kata, rng):
    """Seeded runs, k ≤ 10, up to 300 steps."""
    for _ in range(4):
        k = int(rng.integers(1, 11))
        kata.check("ucb1", rng.random(k), int(rng.integers(1, 301)), seed=int(rng.integers(10**6)))


# ── thompson_sampling ────────────────────────────────────────────────────────────────────────

def test_thompson_single_arm_draws(kata):
    """k = 1, probs [0.3]: each step draws rng.beta(a, b) (1 value), then random() for the reward; regret 0."""
    rng = np.random.default_rng(9)
    a, b, rewards = np.ones(1), np.ones(1), []
    for _ in range(10):
        rng.beta(a, b)
        reward = 1.0 if rng.random() < 0.3 else 0.0
        a[0] += reward
        b[0] += 1 - reward
        rewards.append(reward)
    kata.check("thompson_sampling", np.array([0.3]), 10, seed=9,
               expected=(np.zeros(10, dtype=np.int64), np.array(rewards), np.zeros(10)))


def test_thompson_first_steps_by_hand(kata):
    """probs [0, 1], seed 0: step 0 draws Beta(1, 1) for both arms and pulls the larger; its reward updates a or b."""
    rng = np.random.default_rng(0)
    theta = rng.beta(np.ones(2), np.ones(2))
    arm = int(np.argmax(theta))
    reward = 1.0 if rng.random() < [0.0, 1.0][arm] else 0.0
    result = kata.call("thompson_sampling", np.array([0.0, 1.0]), 1, seed=0)
    arms, rewards, regret = result.value
    require(list(arms) == [arm] and list(rewards) == [reward] and list(regret) == [1.0 - arm],
            f"{result.shown}: step 0 should pull arm {arm} (theta = {np.round(theta, 4)}) and get {reward}, "
            f"got arms {list(arms)}, rewards {list(rewards)}")
    kata.check("thompson_sampling", np.array([0.0, 1.0]), 30, seed=0)


def test_thompson_matches_reference(kata, rng):
    """Seeded runs, k ≤ 10, up to 300 steps."""
    for _ in range(4):
        k = int(rng.integers(1, 11))
        kata.check("thompson_sampling", rng.random(k), int(rng.integers(1, 301)), seed=int(rng.integers(10**6)))


# ── all three ────────────────────────────────────────────────────────────────────────────────

def test_regret_uses_the_true_probabilities(kata):
    """probs [0.7, 0.1] (not dyadic), epsilon 1: regret grows by 0.6 per pull of arm 1, whatever the rewards."""
    probs = [0.7, 0.1]
    kata.check("epsilon_greedy", np.array(probs), 20, epsilon=1.0, seed=2, expected=rule_epsilon_one(probs, 20, 2),
               rtol=1e-12, atol=1e-12)


def test_single_arm_has_no_regret(kata):
    """k = 1: every learner pulls arm 0 every time, regret 0."""
    for name, extra in (("epsilon_greedy", {"epsilon": 0.5}), ("ucb1", {}), ("thompson_sampling", {})):
        result = kata.check(name, np.array([0.4]), 25, seed=1, **extra)
        arms, _, regret = result.value
        require(not np.any(arms) and not np.any(regret), f"{result.shown}: one arm means arm 0 and zero regret")


def test_zero_steps(kata):
    """n_steps = 0: three empty arrays, int64 arms and float64 rewards and regret."""
    empty = (np.array([], dtype=np.int64), np.array([]), np.array([]))
    kata.check("epsilon_greedy", np.array([0.2, 0.5]), 0, epsilon=0.1, seed=0, expected=empty)
    kata.check("ucb1", np.array([0.2, 0.5]), 0, seed=0, expected=empty)
    kata.check("thompson_sampling", np.array([0.2, 0.5]), 0, seed=0, expected=empty)


def test_list_probs(kata):
    """probs as a Python list gives the same as the array."""
    kata.check("ucb1", [0.25, 0.75, 0.5], 20, seed=4)
    kata.check("thompson_sampling", [0.25, 0.75, 0.5], 20, seed=4)
    kata.check("epsilon_greedy", [0.25, 0.75, 0.5], 20, epsilon=0.2, seed=4)


def test_invalid_inputs_raise(kata):
    """ValueError for empty or 2-D probs, entries outside [0, 1] (nan too), n_steps < 0, epsilon outside [0, 1] (even with 0 steps)."""
    cases = []
    for name, extra in (("epsilon_greedy", {"epsilon": 0.1}), ("ucb1", {}), ("thompson_sampling", {})):
        cases.append(("ValueError", name, (np.array([]), 5), {"seed": 0, **extra}))
        cases.append(("ValueError", name, (np.array([[0.5, 0.5]]), 5), {"seed": 0, **extra}))
        cases.append(("ValueError", name, (np.array([0.5, 1.2]), 5), {"seed": 0, **extra}))
        cases.append(("ValueError", name, (np.array([-0.1, 0.5]), 5), {"seed": 0, **extra}))
        cases.append(("ValueError", name, (np.array([0.5, np.nan]), 5), {"seed": 0, **extra}))
        cases.append(("ValueError", name, (np.array([0.5]), -1), {"seed": 0, **extra}))
    cases.append(("ValueError", "epsilon_greedy", (np.array([0.5]), 5), {"epsilon": 1.5, "seed": 0}))
    cases.append(("ValueError", "epsilon_greedy", (np.array([0.5]), 0), {"epsilon": -0.5, "seed": 0}))
    kata.raises_each(cases)
