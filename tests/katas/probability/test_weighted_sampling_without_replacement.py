"""Hidden tests for probability/weighted_sampling_without_replacement: weighted_sample_without_replacement(weights, k, *, seed)."""
import math

import numpy as np

from grader.testing import require


def test_heavy_item_moves_up_by_hand(kata):
    """seed 0, weights [1, 1, 0, 8]: keys 0.637, 0.270, none, 0.017^(1/8) = 0.599 → [0, 3, 1]."""
    # u = default_rng(0).random(4) = 0.63696, 0.26979, 0.04097, 0.01653; 0.01653^0.125 = exp(−4.1028/8) = 0.5988
    kata.check("weighted_sample_without_replacement", np.array([1.0, 1.0, 0.0, 8.0]), 3, seed=0,
               expected=np.array([0, 3, 1], dtype=np.int64))


def test_zero_weight_still_consumes_a_uniform_by_hand(kata):
    """seed 1, weights [0, 2, 0.5, 1, 3]: u[0] belongs to the zero-weight item; keys → order [1, 3, 4, 2]."""
    # u = 0.5118, 0.9505, 0.1442, 0.9486, 0.3118; keys: 0.9505^(1/2) = 0.9749, 0.1442^2 = 0.0208,
    # 0.9486^1 = 0.9486, 0.3118^(1/3) = 0.6780
    kata.check("weighted_sample_without_replacement", np.array([0.0, 2.0, 0.5, 1.0, 3.0]), 4, seed=1,
               expected=np.array([1, 3, 4, 2], dtype=np.int64))


def test_equal_weights_order_by_uniform(kata):
    """seed 2, five equal weights: keys are the uniforms 0.262, 0.299, 0.814, 0.092, 0.600 → [2, 4, 1, 0, 3]."""
    kata.check("weighted_sample_without_replacement", [1.0, 1.0, 1.0, 1.0, 1.0], 5, seed=2,
               expected=np.array([2, 4, 1, 0, 3], dtype=np.int64))


def test_first_k_of_the_order(kata):
    """seed 1, weights [0, 2, 0.5, 1, 3], k = 2: the two largest keys, largest first → [1, 3]."""
    kata.check("weighted_sample_without_replacement", np.array([0.0, 2.0, 0.5, 1.0, 3.0]), 2, seed=1,
               expected=np.array([1, 3], dtype=np.int64))


def test_matches_reference_on_random_weights(kata, rng):
    """Random weights in [0.05, 20] with some zeros, random k and seeds."""
    arg_sets = []
    for _ in range(10):
        n = int(rng.integers(1, 25))
        weights = np.exp(rng.uniform(np.log(0.05), np.log(20), size=n)) * (rng.random(n) < 0.8)
        positive = int((weights > 0).sum())
        arg_sets.append(((weights, int(rng.integers(0, positive + 1))), {"seed": int(rng.integers(0, 10**6))}))
    kata.check_each("weighted_sample_without_replacement", arg_sets)


def test_all_positive_items(kata):
    """k = number of positive weights: every positive index exactly once, zero weights never."""
    kata.check("weighted_sample_without_replacement", np.array([0.5, 0.0, 2.0, 0.0, 1.0]), 3, seed=4)


def test_k_zero(kata):
    """k = 0: an empty int64 array."""
    kata.check("weighted_sample_without_replacement", np.array([1.0, 2.0]), 0, seed=0,
               expected=np.zeros(0, dtype=np.int64))


def test_single_item(kata):
    """One positive weight among zeros, k = 1 → that index."""
    kata.check("weighted_sample_without_replacement", np.array([0.0, 0.0, 3.5, 0.0]), 1, seed=9,
               expected=np.array([2], dtype=np.int64))


def test_k_above_positive_count_raises(kata):
    """ValueError when k exceeds the number of positive weights (2 here), even though n = 4."""
    kata.raises("ValueError", "weighted_sample_without_replacement", np.array([1.0, 0.0, 2.0, 0.0]), 3, seed=0)


def test_invalid_inputs_raise(kata):
    """ValueError for a negative weight and for k < 0."""
    kata.raises("ValueError", "weighted_sample_without_replacement", np.array([1.0, -0.5, 2.0]), 1, seed=0)
    kata.raises("ValueError", "weighted_sample_without_replacement", np.array([1.0, 2.0]), -1, seed=0)


def test_picks_follow_successive_sampling(kata):
    """1500 seeds, weights [1, 3, 6], k = 2: first pick ∝ weight, P(second = 0) = 0.3/7 + 0.6/4 (5.5σ bounds, false alarm < 1e-6)."""
    weights, runs = np.array([1.0, 3.0, 6.0]), 1500
    first_counts, second_is_0, shown = np.zeros(3), 0, None
    for result in kata.calls("weighted_sample_without_replacement", [((weights, 2), {"seed": seed}) for seed in range(runs)]):
        shown = shown or result.shown
        pick = np.asarray(result.value)
        require(pick.shape == (2,) and pick[0] != pick[1], f"{result.shown} should return 2 distinct indices, got {result.value!r}")
        first_counts[int(pick[0])] += 1
        second_is_0 += int(pick[1] == 0)
    p = weights / weights.sum()
    bound = 5.5 * np.sqrt(runs * p * (1 - p))      # 3.8e-8 per check, 4 checks
    require(np.all(np.abs(first_counts - runs * p) < bound),
            f"{shown} … over seeds 0..{runs - 1}: first picks {first_counts.astype(int).tolist()}, expected about "
            f"{(runs * p).astype(int).tolist()} (weights / Σ weights)")
    q = 0.3 / 7 + 0.6 / 4   # first 1 then 0: 0.3·1/(1+6); first 2 then 0: 0.6·1/(1+3)
    bound = 5.5 * math.sqrt(runs * q * (1 - q))
    require(abs(second_is_0 - runs * q) < bound,
            f"{shown} … over seeds 0..{runs - 1}: index 0 came second {second_is_0} times, expected "
            f"{runs * q:.0f} ± {bound:.0f} (after the first pick, the next is ∝ the remaining weights)")


def test_weights_are_checked_before_the_shortcut(kata):
    """k = 0 picks nothing, but weights are checked before the shortcut: a negative weight raises ValueError."""
    kata.raises("ValueError", "weighted_sample_without_replacement", np.array([0.7, -0.1, 1.0]), 0, seed=0)
