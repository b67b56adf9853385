"""Hidden tests for rl/ppo_clip_objective: ppo_clip_objective(log_probs, old_log_probs, advantages, clip_eps)."""
import numpy as np

from grader.testing import require


def test_four_cases_by_hand(kata):
    """clip_eps 0.2, ratios 1.5, 1.5, 0.5, 0.5, advantages +1, −1, +1, −1: terms 1.2, −1.5, 0.5, −0.8; grad [0, −0.375, 0.125, 0]."""
    kata.check("ppo_clip_objective", np.log([1.5, 1.5, 0.5, 0.5]), np.zeros(4), np.array([1.0, -1.0, 1.0, -1.0]), 0.2,
               expected=(-0.15, np.array([0.0, -0.375, 0.125, 0.0])), rtol=1e-12, atol=1e-15)


def test_ratio_one_is_the_advantage(kata):
    """New = old log-probs (ratio 1, inside any range): objective = mean(A), grad = A/N."""
    old = np.log(np.array([0.1, 0.7, 0.2]))
    kata.check("ppo_clip_objective", old.copy(), old, np.array([0.7, -0.1, 3.0]), 0.1,
               expected=(3.6 / 3, np.array([0.7, -0.1, 3.0]) / 3), rtol=1e-12, atol=1e-15)


def test_ratio_inside_the_range_is_never_clipped(kata):
    """ratios 1.1 and 0.9 with clip_eps 0.2: both terms kept, for either sign of A."""
    ratio = np.array([1.1, 0.9, 1.1, 0.9])
    advantages = np.array([2.0, 2.0, -2.0, -2.0])
    result = kata.check("ppo_clip_objective", np.log(ratio), np.zeros(4), advantages, 0.2)
    objective, grad = result.value
    expected = np.exp(np.log(ratio)) * advantages
    require(abs(objective - expected.mean()) < 1e-12 and np.allclose(grad, expected / 4, rtol=1e-12, atol=0),
            f"{result.shown}: inside [0.8, 1.2] nothing is clipped: objective {expected.mean():.6g}, grad {expected / 4}")


def test_pessimistic_side_keeps_its_gradient(kata):
    """A < 0 with ratio 3 (far above 1 + ε): the unclipped term −3 is the min, so the gradient −3/N flows; A > 0 with ratio 0.2 too."""
    kata.check("ppo_clip_objective", np.log([3.0, 0.2]), np.zeros(2), np.array([-1.0, 1.0]), 0.2,
               expected=(-1.4, np.array([-1.5, 0.1])), rtol=1e-12, atol=1e-15)


def test_favourable_side_is_cut_off(kata):
    """A > 0 with ratio 3 and A < 0 with ratio 0.2: the clipped terms 1.2·A and 0.8·A are the min; no gradient."""
    kata.check("ppo_clip_objective", np.log([3.0, 0.2]), np.zeros(2), np.array([2.0, -1.0]), 0.2,
               expected=((2.4 - 0.8) / 2, np.array([0.0, 0.0])), rtol=1e-12, atol=1e-15)


def test_ratio_on_the_clip_boundary_is_a_tie_by_hand(kata):
    """ratio exactly 1 + ε = 1.25 with A = 2, and 1 − ε = 0.75 with A = −1: the two terms tie, so the gradient flows."""
    # exp(log 1.25) is exactly 1.25 and exp(log 0.75) exactly 0.75 in float64 (ε = 0.25 is exact too).
    # Sample 1: ratio·A = 1.25·2 = 2.5 = clipped·A: objective 2.5, grad 2.5 (a tie counts as unclipped).
    kata.check("ppo_clip_objective", np.array([np.log(1.25)]), np.zeros(1), np.array([2.0]), 0.25,
               expected=(2.5, np.array([2.5])))
    # Sample 2: ratio·A = 0.75·(−1) = −0.75 = clipped·A: objective −0.75, grad −0.75.
    kata.check("ppo_clip_objective", np.array([np.log(0.75)]), np.zeros(1), np.array([-1.0]), 0.25,
               expected=(-0.75, np.array([-0.75])))


def test_zero_advantage(kata):
    """A = 0: objective 0 and grad 0, whatever the ratios."""
    kata.check("ppo_clip_objective", np.array([0.3, -2.0, 5.0]), np.array([0.0, 0.0, 0.0]), np.zeros(3), 0.2,
               expected=(0.0, np.zeros(3)))


def test_wide_range_never_clips(kata):
    """clip_eps 100: no ratio below e^4 reaches the bounds, so objective = mean(ratio·A) and grad = ratio·A/N."""
    log_probs = np.array([-1.0, 0.5, 2.0])
    advantages = np.array([0.1, -0.7, 0.3])
    terms = np.exp(log_probs) * advantages
    kata.check("ppo_clip_objective", log_probs, np.zeros(3), advantages, 100.0,
               expected=(float(terms.mean()), terms / 3), rtol=1e-12, atol=1e-15)


def test_single_sample(kata):
    """N = 1: ratio 2, A = 0.5, clip_eps 0.1: the term min(1.0, 0.55) = 0.55 is clipped."""
    kata.check("ppo_clip_objective", np.log([2.0]), np.zeros(1), np.array([0.5]), 0.1,
               expected=(0.55, np.array([0.0])), rtol=1e-12, atol=1e-15)


def test_huge_log_probability_differences(kata):
    """Differences ±50 (ratios e^50 and e^−50) with advantages ±1e6: finite results, the right side kept."""
    log_probs, advantages = np.array([50.0, -50.0, 50.0, -50.0]), np.array([1e6, 1e6, -1e6, -1e6])
    ratio = np.exp(log_probs)
    expected_terms = np.array([1.2e6, ratio[1] * 1e6, -ratio[2] * 1e6, -0.8e6])
    kata.check("ppo_clip_objective", log_probs, np.zeros(4), advantages, 0.2,
               expected=(float(expected_terms.mean()), np.array([0.0, ratio[1] * 1e6, -ratio[2] * 1e6, 0.0]) / 4),
               rtol=1e-12, atol=0)


def test_int_advantages_give_floats(kata):
    """Int advantages: float results."""
    kata.check("ppo_clip_objective", np.zeros(2), np.zeros(2), np.array([1, -3]), 0.2,
               expected=(-1.0, np.array([0.5, -1.5])))


def test_matches_reference_on_random_batches(kata, rng):
    """Random batches (N ≤ 500): log-probability differences up to ±1, advantages of both signs, clip_eps 0.1 to 0.3."""
    arg_sets = []
    for _ in range(8):
        n = int(rng.integers(1, 501))
        old = np.log(rng.uniform(0.01, 1, n))
        arg_sets.append(((old + rng.normal(0, 0.4, n), old, rng.normal(0, 2, n),
                          float(rng.choice([0.1, 0.2, 0.3]))), {}))
    kata.check_each("ppo_clip_objective", arg_sets)


def test_gradient_matches_finite_differences(kata, rng):
    """Away from the kinks, grad equals central differences of your objective (h = 1e-6) to 1e-6."""
    n = 12
    old = np.log(rng.uniform(0.1, 1, n))
    log_probs = old + rng.choice([-0.6, -0.05, 0.05, 0.6], n)   # well inside or well outside the range
    advantages = rng.choice([-1.0, 1.0], n) * rng.uniform(0.5, 2, n)
    arg_sets = [((log_probs, old, advantages, 0.2), {})]
    for i in range(n):
        step = np.zeros(n)
        step[i] = 1e-6
        arg_sets.append(((log_probs + step, old, advantages, 0.2), {}))
        arg_sets.append(((log_probs - step, old, advantages, 0.2), {}))
    result, *others = kata.calls("ppo_clip_objective", arg_sets)
    _, grad = result.value
    for i in range(n):
        up, down = others[2 * i].value[0], others[2 * i + 1].value[0]
        numeric = (up - down) / 2e-6
        require(abs(grad[i] - numeric) < 1e-6,
                f"{result.shown}: grad[{i}] is {grad[i]!r}, but your objective changes at the rate {numeric!r} there")


def test_invalid_inputs_raise(kata):
    """ValueError for N = 0, mismatched lengths (a length-1 array too), 2-D arrays and clip_eps ≤ 0."""
    kata.raises_each([
        ("ValueError", "ppo_clip_objective", (np.zeros(0), np.zeros(0), np.zeros(0), 0.2), {}),
        ("ValueError", "ppo_clip_objective", (np.zeros(3), np.zeros(2), np.zeros(3), 0.2), {}),
        ("ValueError", "ppo_clip_objective", (np.zeros(3), np.zeros(3), np.zeros(2), 0.2), {}),
        ("ValueError", "ppo_clip_objective", (np.zeros((2, 2)), np.zeros((2, 2)), np.zeros((2, 2)), 0.2), {}),
        # length-1 arrays would broadcast silently against N = 3
        ("ValueError", "ppo_clip_objective", (np.zeros(3), np.zeros(3), np.ones(1), 0.2), {}),
        ("ValueError", "ppo_clip_objective", (np.zeros(3), np.zeros(1), np.ones(3), 0.2), {}),
        ("ValueError", "ppo_clip_objective", (np.zeros(3), np.zeros(3), np.zeros(3), 0.0), {}),
        ("ValueError", "ppo_clip_objective", (np.zeros(3), np.zeros(3), np.zeros(3), -0.2), {}),
    ])
