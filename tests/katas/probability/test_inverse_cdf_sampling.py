"""Hidden tests for probability/inverse_cdf_sampling: categorical_from_uniforms, sample_categorical, sample_exponential."""
import math

import numpy as np

from grader.testing import require

# Chi-square critical value with 4 degrees of freedom at false-alarm rate 1e-6
# (scipy.stats.chi2.isf(1e-6, 4) = 33.3768..., computed once offline).
CHI2_4DF_1E6 = 33.38
# Dvoretzky–Kiefer–Wolfowitz (Massart): P(sup|F_n − F| > t/√n) ≤ 2·exp(−2t²); t for 1e-6.
DKW_T_1E6 = math.sqrt(math.log(2e6) / 2)   # 2.6934


def test_categorical_by_hand(kata):
    """probs [0.2, 0.5, 0.3] (cdf [0.2, 0.7, 1.0]): u = 0.1, 0.5, 0.95, 0.0 give 0, 1, 2, 0."""
    kata.check("categorical_from_uniforms", np.array([0.2, 0.5, 0.3]), np.array([0.1, 0.5, 0.95, 0.0]),
               expected=np.array([0, 1, 2, 0], dtype=np.int64))


def test_u_exactly_on_a_boundary_goes_to_the_next_category(kata):
    """probs [0.25, 0.25, 0.5] (cdf [0.25, 0.5, 1.0] exactly): u = 0.25 → 1, u = 0.5 → 2 (strict u < cdf[i])."""
    kata.check("categorical_from_uniforms", np.array([0.25, 0.25, 0.5]), np.array([0.25, 0.5, 0.0, 0.75]),
               expected=np.array([1, 2, 0, 2], dtype=np.int64))


def test_zero_probability_is_never_chosen(kata):
    """probs [0, 0.5, 0, 0.5] (cdf [0, 0.5, 0.5, 1]): u = 0 → 1 (0 < 0 is false), u = 0.5 → 3."""
    kata.check("categorical_from_uniforms", np.array([0.0, 0.5, 0.0, 0.5]), np.array([0.0, 0.5, 0.25, 0.75]),
               expected=np.array([1, 3, 1, 3], dtype=np.int64))


def test_rounding_fallback_to_the_last_category(kata):
    """Ten probabilities 0.1: cdf[9] = 0.9999999999999999, so u = 0.9999999999999999 falls back to index 9."""
    kata.check("categorical_from_uniforms", np.full(10, 0.1), np.array([0.9999999999999999, 0.95, 0.05]),
               expected=np.array([9, 9, 0], dtype=np.int64))


def test_rounding_fallback_skips_trailing_zero_probabilities(kata):
    """Ten 0.1s then a 0: the fallback is the last POSITIVE category, 9, never the impossible 10."""
    kata.check("categorical_from_uniforms", np.array([0.1] * 10 + [0.0]), np.array([0.9999999999999999, 0.0]),
               expected=np.array([9, 0], dtype=np.int64))


def test_sample_categorical_by_hand(kata):
    """seed 0: u = 0.637, 0.270, 0.041, 0.017; probs [0.5, 0.25, 0.25] (cdf [0.5, 0.75, 1]) → [1, 0, 0, 0]."""
    kata.check("sample_categorical", np.array([0.5, 0.25, 0.25]), 4, seed=0,
               expected=np.array([1, 0, 0, 0], dtype=np.int64))


def test_sample_categorical_seed_1_by_hand(kata):
    """seed 1: u = 0.512, 0.950, 0.144, 0.949; probs [0.5, 0.25, 0.25] → [1, 2, 0, 2]."""
    kata.check("sample_categorical", [0.5, 0.25, 0.25], 4, seed=1,
               expected=np.array([1, 2, 0, 2], dtype=np.int64))


def test_exponential_by_hand(kata):
    """seed 0, rate 2: u = 0.63696169, 0.26978671, 0.04097352 → −ln(1 − u)/2 = 0.506623, 0.157209, 0.020918."""
    # −ln(0.36303831)/2 = 1.0132469/2; −ln(0.73021329)/2 = 0.3144186/2; −ln(0.95902648)/2 = 0.0418366/2
    kata.check("sample_exponential", 2.0, 3, seed=0,
               expected=np.array([0.50662345, 0.15720931, 0.02091830]), rtol=1e-7)


def test_categorical_matches_reference_on_random_inputs(kata, rng):
    """Random distributions (some with zero entries) and random uniforms."""
    arg_sets = []
    for _ in range(8):
        k = int(rng.integers(1, 8))
        probs = rng.random(k) * (rng.random(k) < 0.8)
        if probs.sum() == 0:
            probs[0] = 1.0
        probs = probs / probs.sum()
        arg_sets.append(((probs, rng.random(int(rng.integers(1, 30)))), {}))
    kata.check_each("categorical_from_uniforms", arg_sets)


def test_samplers_match_reference_on_random_seeds(kata, rng):
    """sample_categorical and sample_exponential with random seeds, sizes and parameters."""
    categorical, exponential = [], []
    for _ in range(6):
        k = int(rng.integers(2, 7))
        probs = rng.random(k)
        probs = probs / probs.sum()
        n, seed = int(rng.integers(1, 60)), int(rng.integers(0, 10**6))
        categorical.append(((probs, n), {"seed": seed}))
        exponential.append(((float(rng.uniform(0.1, 5.0)), n), {"seed": seed}))
    kata.check_each("sample_categorical", categorical)
    kata.check_each("sample_exponential", exponential)


def test_single_category(kata):
    """probs [1.0]: every sample is category 0."""
    kata.check("sample_categorical", np.array([1.0]), 5, seed=3, expected=np.zeros(5, dtype=np.int64))


def test_zero_samples(kata):
    """n = 0: empty arrays, int64 for categories and float64 for the exponential."""
    kata.check("sample_categorical", np.array([0.3, 0.7]), 0, seed=0, expected=np.zeros(0, dtype=np.int64))
    kata.check("sample_exponential", 1.5, 0, seed=0, expected=np.zeros(0))
    kata.check("categorical_from_uniforms", np.array([0.3, 0.7]), np.zeros(0), expected=np.zeros(0, dtype=np.int64))


def test_invalid_probabilities_raise(kata):
    """ValueError for a negative entry, a sum that is not 1, and an empty probs."""
    kata.raises("ValueError", "categorical_from_uniforms", np.array([0.5, 0.6, -0.1]), np.array([0.5]))
    kata.raises("ValueError", "categorical_from_uniforms", np.array([0.5, 0.4]), np.array([0.5]))
    kata.raises("ValueError", "sample_categorical", np.array([0.5, 0.6]), 3, seed=0)
    kata.raises("ValueError", "sample_categorical", np.zeros(0), 3, seed=0)


def test_sum_tolerance_is_1e_9(kata):
    """Σ probs = 1 + 5e-10 is accepted (within 1e-9); Σ probs = 1 + 2e-9 raises ValueError."""
    kata.check("categorical_from_uniforms", np.array([0.5, 0.5 + 5e-10]), np.array([0.25, 0.5, 0.75]),
               expected=np.array([0, 1, 1], dtype=np.int64))
    kata.raises("ValueError", "categorical_from_uniforms", np.array([0.5, 0.5 + 2e-9]), np.array([0.25]))


def test_non_positive_rate_raises(kata):
    """ValueError for rate 0 and rate −1."""
    kata.raises("ValueError", "sample_exponential", 0.0, 3, seed=0)
    kata.raises("ValueError", "sample_exponential", -1.0, 3, seed=0)


def test_categorical_frequencies_chi_square(kata):
    """200 000 samples (seed 2024) pass a chi-square test at false-alarm rate 1e-6."""
    probs = np.array([0.05, 0.1, 0.2, 0.3, 0.35])
    result = kata.call("sample_categorical", probs, 200_000, seed=2024)
    samples = np.asarray(result.value)
    require(samples.shape == (200_000,) and samples.min() >= 0 and samples.max() <= 4,
            f"{result.shown} should return 200000 categories in 0..4")
    counts = np.bincount(samples, minlength=5)
    expected = probs * 200_000
    statistic = float(np.sum((counts - expected) ** 2 / expected))
    require(statistic < CHI2_4DF_1E6, f"{result.shown}: the counts {counts.tolist()} are far from the expected "
                                      f"{expected.tolist()} (chi-square {statistic:.1f} ≥ {CHI2_4DF_1E6})")


def test_exponential_distribution_dkw(kata):
    """100 000 samples at rate 0.5 (seed 7): the empirical CDF stays within the DKW bound at 1e-6."""
    n, rate = 100_000, 0.5
    result = kata.call("sample_exponential", rate, n, seed=7)
    x = np.sort(np.asarray(result.value, dtype=float))
    require(x.shape == (n,) and np.all(np.isfinite(x)) and x[0] >= 0,
            f"{result.shown} should return {n} finite, non-negative samples")
    cdf = 1 - np.exp(-rate * x)
    distance = max(np.max(np.arange(1, n + 1) / n - cdf), np.max(cdf - np.arange(n) / n))
    require(distance < DKW_T_1E6 / math.sqrt(n),
            f"{result.shown}: the samples do not follow Exp(rate=0.5) (KS distance {distance:.4f}, "
            f"mean {x.mean():.4f}; the mean should be 1/rate = 2)")


def test_arguments_are_checked_before_the_shortcut(kata):
    """n = 0 draws nothing, but arguments are checked before the shortcut: bad probs or rate ≤ 0 raise ValueError."""
    kata.raises("ValueError", "sample_categorical", np.array([0.7, 0.7]), 0, seed=0)
    kata.raises("ValueError", "sample_categorical", np.array([1.1, -0.1]), 0, seed=0)
    kata.raises("ValueError", "sample_exponential", 0.0, 0, seed=0)
    kata.raises("ValueError", "sample_exponential", -0.5, 0, seed=0)
