"""Hidden tests for llm/ppo_gae: gae(rewards, values, dones, gamma, lam) and ppo_clip_objective(new, old, advantages, eps)."""
import numpy as np

from grader.testing import require

R = np.array([1.0, 1.0, 1.0])
V = np.array([0.5, 0.5, 0.5, 2.0])       # V[3] = 2 bootstraps the tail
F = np.array([False, False, False])


def test_gae_without_dones_by_hand(kata):
    """γ = 0.9, λ = 0.8: δ = [0.95, 0.95, 1 + 0.9·2 − 0.5 = 2.3]; A2 = 2.3, A1 = 0.95 + 0.72·2.3 = 2.606, A0 = 0.95 + 0.72·2.606 = 2.82632."""
    adv = np.array([2.82632, 2.606, 2.3])
    kata.check("gae", R, V, F, 0.9, 0.8, expected=(adv, adv + 0.5))


def test_gae_resets_at_done_by_hand(kata):
    """The episode ends at step 1: δ1 = 1 − 0.5 = 0.5 (no V2) and A1 = 0.5 (no A2); A0 = 0.95 + 0.72·0.5 = 1.31; A2 = 2.3."""
    adv = np.array([1.31, 0.5, 2.3])
    kata.check("gae", R, V, np.array([False, True, False]), 0.9, 0.8, expected=(adv, adv + 0.5))


def test_gae_done_at_the_last_step_ignores_the_bootstrap(kata):
    """The last step ends the episode: V3 = 2 is not used; A2 = 0.5, A1 = 0.95 + 0.72·0.5 = 1.31, A0 = 0.95 + 0.72·1.31 = 1.8932."""
    adv = np.array([1.8932, 1.31, 0.5])
    kata.check("gae", R, V, np.array([False, False, True]), 0.9, 0.8, expected=(adv, adv + 0.5))


def test_gae_lambda_edges_by_hand(kata):
    """λ = 0 gives the one-step δ; λ = 1 gives discounted returns minus V: with γ = 1, A0 = 3 + 2 − 0.5 = 4.5."""
    delta = np.array([0.95, 0.95, 2.3])
    kata.check("gae", R, V, F, 0.9, 0.0, expected=(delta, delta + 0.5))
    adv = np.array([4.5, 3.5, 2.5])           # γ = λ = 1: Σ r + V3 − V_t
    kata.check("gae", R, V, F, 1.0, 1.0, expected=(adv, adv + 0.5))


def test_clip_objective_by_hand(kata):
    """ratios [1.5, 0.5, 1.1, 0.5], A [1, 1, −1, −1], ε = 0.2: terms min(1.5, 1.2), min(0.5, 0.8), min(−1.1, −1.1), min(−0.5, −0.8) = [1.2, 0.5, −1.1, −0.8]: mean −0.05."""
    new = np.log(np.array([1.5, 0.5, 1.1, 0.5]))
    kata.check("ppo_clip_objective", new, np.zeros(4), np.array([1.0, 1.0, -1.0, -1.0]), 0.2, expected=-0.05)


def test_clip_objective_inside_the_range(kata):
    """Ratios inside [1 − ε, 1 + ε] (and at exactly 1): no clipping, the objective is mean(ratio · A)."""
    old = np.array([-1.0, -2.0, -0.5])
    new = old + np.log(np.array([1.0, 1.1, 0.95]))
    A = np.array([2.0, -1.0, 3.0])
    kata.check("ppo_clip_objective", new, old, A, 0.2, expected=float(np.mean(np.array([1.0, 1.1, 0.95]) * A)))


def test_matches_reference_on_random_inputs(kata, rng):
    """Random rollouts with random episode ends, γ, λ; random log-probabilities and advantages."""
    gaes, objectives = [], []
    for T in (1, 5, 40):
        rewards, values = rng.normal(size=T), rng.normal(size=T + 1)
        dones = rng.random(T) < 0.2
        gaes.append(((rewards, values, dones, float(rng.uniform(0.8, 1.0)), float(rng.uniform(0.0, 1.0))), {}))
        old = rng.normal(-2.0, 1.0, size=T)
        new = old + rng.normal(0.0, 0.4, size=T)
        objectives.append(((new, old, rng.normal(size=T), float(rng.uniform(0.05, 0.3))), {}))
    kata.check_each("gae", gaes)
    kata.check_each("ppo_clip_objective", objectives)


def test_episodes_are_independent(kata, rng):
    """Two episodes in one rollout: the first episode's advantages equal those of the first episode alone."""
    rewards, values = rng.normal(size=6), rng.normal(size=7)
    dones = np.array([False, False, True, False, False, False])
    both = kata.check("gae", rewards, values, dones, 0.97, 0.9).value[0]
    alone = kata.call("gae", rewards[:3], values[:4], dones[:3], 0.97, 0.9).value[0]
    require(np.allclose(both[:3], alone, rtol=1e-12, atol=1e-12),
            "the advantages of the first episode changed when a second episode followed it")


def test_grpo_advantages_by_hand(kata):
    """Rewards [1, 0, 0, 1]: mean 0.5, sample std sqrt(1/3) = 0.57735, so ±0.5 / (0.57735 + 1e-4) = ±0.865875 (not ±0.9998 with the population std)."""
    a = 0.8658754297607016
    kata.check("grpo_advantages", np.array([[1.0, 0.0, 0.0, 1.0]]), expected=np.array([[a, -a, -a, a]]))


def test_grpo_normalises_each_group_separately_by_hand(kata):
    """Groups [1, 0] and [5, 3]: std sqrt(0.5) and sqrt(2): ±0.5/(0.70711 + 1e-4) = ±0.70701 and ±1/(1.41421 + 1e-4) = ±0.70706."""
    a, b = 0.7070067953266834, 0.7070567847218314
    kata.check("grpo_advantages", np.array([[1.0, 0.0], [5.0, 3.0]]), expected=np.array([[a, -a], [b, -b]]))


def test_grpo_equal_rewards_give_exactly_zero(kata):
    """A group whose answers all score 2.0: every advantage is exactly 0.0 (not nan from 0/0)."""
    kata.check("grpo_advantages", np.array([[2.0, 2.0, 2.0], [1.0, 0.0, 1.0]]), atol=0.0)
    call = kata.check("grpo_advantages", np.full((1, 4), 2.0), expected=np.zeros((1, 4)), rtol=0.0, atol=0.0)
    require(np.all(call.value == 0.0), "equal rewards must give advantages exactly 0.0")


def test_grpo_equal_non_dyadic_rewards_give_exactly_zero(kata):
    """Groups of equal rewards 0.7 (G = 3 and 6) and 0.1: float64's mean of [0.7, 0.7, 0.7] is 0.7 − 1.1e-16, yet every advantage must be exactly 0.0; the mixed group [0.7, 0.1] is ±0.3/(0.42426 + 1e-4) = ±0.70694."""
    rewards = np.array([[0.7, 0.7, 0.7, 0.1, 0.1, 0.1], [0.7] * 6, [0.1] * 6])
    call = kata.check("grpo_advantages", rewards[:, :3], expected=np.zeros((3, 3)), rtol=0.0, atol=0.0)
    require(np.all(call.value == 0.0), "a group whose rewards are all 0.7 must give advantages exactly 0.0, "
            "not ±1e-12: float64's mean of equal rewards is not always exactly that reward")
    a = 0.3 / (np.sqrt(0.18) + 1e-4)      # [0.7, 0.1]: mean 0.4, sample std sqrt(0.18)
    kata.check("grpo_advantages", np.array([[0.7, 0.1], [0.1, 0.1]]), expected=np.array([[a, -a], [0.0, 0.0]]),
               atol=0.0)
    call = kata.check("grpo_advantages", rewards[1:], expected=np.zeros((2, 6)), rtol=0.0, atol=0.0)
    require(np.all(call.value == 0.0), "a group whose rewards are all equal must give advantages exactly 0.0")


def test_grpo_matches_reference_on_random_inputs(kata, rng):
    """Random rewards: N = 1..6 prompts, G = 2..16 answers, continuous and 0/1 rewards."""
    arg_sets = []
    for N, G in ((1, 2), (3, 8), (6, 16)):
        arg_sets += [((rng.normal(size=(N, G)),), {}), (((rng.random((N, G)) < 0.5).astype(np.float64),), {})]
    kata.check_each("grpo_advantages", arg_sets)


def test_grpo_group_of_one_raises(kata):
    """G = 1: a single answer has no group to compare with (its sample std is undefined): ValueError."""
    kata.raises("ValueError", "grpo_advantages", np.array([[1.0], [0.0]]))
