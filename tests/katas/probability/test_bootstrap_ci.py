"""Hidden tests for probability/bootstrap_ci: percentile_linear(values, q), bootstrap_ci(x, *, n_boot, confidence, seed)."""
import math

import numpy as np

from grader.testing import require


def test_percentile_median_by_hand(kata):
    """[1, 2, 3, 4], q = 0.5: h = 3·0.5 = 1.5 → 2 + 0.5·(3 − 2) = 2.5."""
    kata.check("percentile_linear", np.array([1.0, 2.0, 3.0, 4.0]), 0.5, expected=2.5)


def test_percentile_interpolates_by_hand(kata):
    """[1, 2, 3, 4], q = 0.9: h = 2.7 → 3 + 0.7·1 = 3.7; q = 0.1: h = 0.3 → 1.3."""
    kata.check("percentile_linear", np.array([1.0, 2.0, 3.0, 4.0]), 0.9, expected=3.7)
    kata.check("percentile_linear", np.array([1.0, 2.0, 3.0, 4.0]), 0.1, expected=1.3)


def test_percentile_sorts_first(kata):
    """Unsorted [4, 1, 3, 2], q = 0.25: sorted [1, 2, 3, 4], h = 0.75 → 1.75."""
    kata.check("percentile_linear", np.array([4.0, 1.0, 3.0, 2.0]), 0.25, expected=1.75)


def test_percentile_ends(kata):
    """q = 0 is the minimum, q = 1 the maximum (h = m − 1: no s[m] to interpolate towards)."""
    kata.check("percentile_linear", np.array([7.0, -2.0, 5.0]), 0.0, expected=-2.0)
    kata.check("percentile_linear", np.array([7.0, -2.0, 5.0]), 1.0, expected=7.0)


def test_percentile_exact_order_statistic(kata):
    """[10, 20, 30, 40], q = 1/3: h = 1 exactly → 20; ints in, float out."""
    kata.check("percentile_linear", [10, 20, 30, 40], 1 / 3, expected=20.0)


def test_percentile_single_value(kata):
    """One value: every q gives it (here q = 0.3 → 5.0)."""
    kata.check("percentile_linear", np.array([5.0]), 0.3, expected=5.0)


def test_bootstrap_by_hand(kata):
    """x = [1, 2, 4], seed 0, n_boot 4: means 8/3, 1, 1, 10/3; confidence 0.8 → q 0.1, 0.9 → (1, 3.1333)."""
    # default_rng(0).integers(0, 3, size=(4, 3)) = [[2,1,1],[0,0,0],[0,0,0],[2,1,2]]
    # means 8/3, 1, 1, 10/3 → sorted [1, 1, 8/3, 10/3]
    # q = 0.1: h = 0.3 → 1 + 0.3·0 = 1;  q = 0.9: h = 2.7 → 8/3 + 0.7·(2/3) = 3.133333
    kata.check("bootstrap_ci", np.array([1.0, 2.0, 4.0]), n_boot=4, confidence=0.8, seed=0,
               expected=(1.0, 8 / 3 + 0.7 * 2 / 3))


def test_bootstrap_half_confidence_by_hand(kata):
    """The same draw with confidence 0.5 → q 0.25, 0.75: h = 0.75 → 1, h = 2.25 → 8/3 + 0.25·(2/3) = 2.8333."""
    kata.check("bootstrap_ci", [1.0, 2.0, 4.0], n_boot=4, confidence=0.5, seed=0,
               expected=(1.0, 8 / 3 + 0.25 * 2 / 3))


def test_percentile_matches_reference_on_random_inputs(kata, rng):
    """Random samples (with ties) and random q."""
    arg_sets = []
    for _ in range(10):
        values = np.round(rng.standard_normal(int(rng.integers(1, 30))), 1)
        arg_sets.append(((values, float(rng.random())), {}))
    kata.check_each("percentile_linear", arg_sets)


def test_bootstrap_matches_reference_on_random_inputs(kata, rng):
    """Random data, n_boot, confidence levels and seeds."""
    arg_sets = []
    for _ in range(8):
        x = rng.exponential(rng.uniform(0.5, 5), size=int(rng.integers(1, 40)))
        arg_sets.append(((x,),
                         {"n_boot": int(rng.integers(1, 400)), "confidence": float(rng.uniform(0.5, 0.99)),
                          "seed": int(rng.integers(0, 10**6))}))
    kata.check_each("bootstrap_ci", arg_sets)


def test_bootstrap_constant_data(kata):
    """Constant data: every bootstrap mean is 3.5, so the interval is (3.5, 3.5)."""
    kata.check("bootstrap_ci", np.full(6, 3.5), n_boot=50, confidence=0.95, seed=1, expected=(3.5, 3.5))


def test_bootstrap_single_observation_and_single_resample(kata):
    """n = 1 → (x0, x0); n_boot = 1 → both ends are that one resample's mean."""
    kata.check("bootstrap_ci", np.array([2.25]), n_boot=10, confidence=0.9, seed=0, expected=(2.25, 2.25))
    # default_rng(0).integers(0, 3, size=(1, 3)) = [[2, 1, 1]] → mean (4 + 2 + 2)/3 = 8/3
    kata.check("bootstrap_ci", np.array([1.0, 2.0, 4.0]), n_boot=1, confidence=0.9, seed=0, expected=(8 / 3, 8 / 3))


def test_invalid_arguments_raise(kata):
    """ValueError: empty values or x, q outside [0, 1], n_boot = 0, confidence 0 or 1."""
    kata.raises_each([
        ("ValueError", "percentile_linear", (np.zeros(0), 0.5), {}),
        ("ValueError", "percentile_linear", (np.array([1.0, 2.0]), 1.5), {}),
        ("ValueError", "percentile_linear", (np.array([1.0, 2.0]), -0.1), {}),
        ("ValueError", "bootstrap_ci", (np.zeros(0),), {"n_boot": 10, "confidence": 0.9, "seed": 0}),
        ("ValueError", "bootstrap_ci", (np.ones(3),), {"n_boot": 0, "confidence": 0.9, "seed": 0}),
        ("ValueError", "bootstrap_ci", (np.ones(3),), {"n_boot": 10, "confidence": 1.0, "seed": 0}),
        ("ValueError", "bootstrap_ci", (np.ones(3),), {"n_boot": 10, "confidence": 0.0, "seed": 0}),
    ])


def test_interval_width_matches_the_standard_error(kata):
    """200 normal points (σ = 2), n_boot 2000, 95%: half-width ≈ 1.96·s/√n within 20% (a fixed-seed sanity check)."""
    x = np.random.default_rng(42).normal(10.0, 2.0, size=200)
    result = kata.call("bootstrap_ci", x, n_boot=2000, confidence=0.95, seed=7)
    low, high = result.value
    expected_half = 1.96 * x.std(ddof=1) / math.sqrt(200)
    require(low < x.mean() < high and abs((high - low) / 2 - expected_half) < 0.2 * expected_half,
            f"{result.shown} returned ({low:.4f}, {high:.4f}): it should contain the mean {x.mean():.4f} "
            f"with half-width about 1.96·s/√n = {expected_half:.4f}")


def test_q_is_checked_before_the_shortcut(kata):
    """One value is every quantile, but q is checked before the shortcut: q = 1.5 or −0.1 with [0.7] raises ValueError."""
    kata.raises("ValueError", "percentile_linear", np.array([0.7]), 1.5)
    kata.raises("ValueError", "percentile_linear", [0.7], -0.1)
