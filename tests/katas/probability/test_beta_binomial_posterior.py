"""Hidden tests for probability/beta_binomial_posterior: beta_binomial_posterior, beta_cdf, beta_credible_interval."""
import math

from grader.testing import require

# The statement: CDF values and interval ends are compared with an absolute tolerance of 1e-8.
TOL = dict(rtol=0.0, atol=1e-8)


def test_posterior_by_hand(kata):
    """Prior Beta(2, 3), 7 successes in 10: Beta(2 + 7, 3 + 3) = Beta(9, 6), mean 9/15 = 0.6."""
    kata.check("beta_binomial_posterior", 2, 3, 7, 10, expected=(9, 6, 0.6))


def test_posterior_uniform_prior_by_hand(kata):
    """Prior Beta(1, 1), 0 successes in 4: Beta(1, 5), mean 1/6 (failures go to β)."""
    kata.check("beta_binomial_posterior", 1, 1, 0, 4, expected=(1, 5, 1 / 6))


def test_posterior_no_data(kata):
    """n = 0: the posterior is the prior, Beta(3, 7), mean 0.3; the parameters stay ints."""
    kata.check("beta_binomial_posterior", 3, 7, 0, 0, expected=(3, 7, 0.3))


def test_posterior_all_successes(kata):
    """Prior Beta(1, 1), 5 successes in 5: Beta(6, 1), mean 6/7."""
    kata.check("beta_binomial_posterior", 1, 1, 5, 5, expected=(6, 1, 6 / 7))


def test_cdf_by_hand(kata):
    """Beta(2, 1) has CDF x² → 0.25 at 0.5; Beta(2, 2) has CDF 3x² − 2x³ → 0.15625 at 0.25."""
    kata.check("beta_cdf", 0.5, 2, 1, expected=0.25, **TOL)
    kata.check("beta_cdf", 0.25, 2, 2, expected=0.15625, **TOL)


def test_cdf_sum_by_hand(kata):
    """Beta(3, 2) at 0.5: m = 4, terms j = 3, 4: 4·0.5³·0.5 + 0.5⁴ = 0.3125."""
    kata.check("beta_cdf", 0.5, 3, 2, expected=0.3125, **TOL)


def test_cdf_uniform_and_ends(kata):
    """Beta(1, 1) is uniform: CDF(0.3) = 0.3; outside [0, 1]: 0.0 below, 1.0 above; CDF(0) = 0, CDF(1) = 1."""
    kata.check("beta_cdf", 0.3, 1, 1, expected=0.3, **TOL)
    kata.check("beta_cdf", -0.5, 4, 2, expected=0.0, rtol=0.0, atol=0.0)
    kata.check("beta_cdf", 0.0, 4, 2, expected=0.0, rtol=0.0, atol=0.0)
    kata.check("beta_cdf", 1.0, 4, 2, expected=1.0, rtol=0.0, atol=0.0)
    kata.check("beta_cdf", 1.5, 4, 2, expected=1.0, rtol=0.0, atol=0.0)


def test_interval_uniform_by_hand(kata):
    """Beta(1, 1), 95%: the quantiles of the uniform, (0.025, 0.975)."""
    kata.check("beta_credible_interval", 1, 1, 0.95, expected=(0.025, 0.975), **TOL)


def test_interval_closed_forms_by_hand(kata):
    """Beta(1, 2) (CDF 1 − (1 − x)²), 95% → (1 − √0.975, 1 − √0.025); Beta(2, 1), 90% → (√0.05, √0.95)."""
    kata.check("beta_credible_interval", 1, 2, 0.95, expected=(1 - math.sqrt(0.975), 1 - math.sqrt(0.025)), **TOL)
    kata.check("beta_credible_interval", 2, 1, 0.9, expected=(math.sqrt(0.05), math.sqrt(0.95)), **TOL)


def test_interval_for_zero_successes(kata):
    """Beta(1, 21) (0 of 20 with a uniform prior), 95%: CDF 1 − (1 − x)^21 → Q(q) = 1 − (1 − q)^(1/21)."""
    q = lambda p: 1 - (1 - p) ** (1 / 21)
    kata.check("beta_credible_interval", 1, 21, 0.95, expected=(q(0.025), q(0.975)), **TOL)


def test_posterior_matches_reference_on_random_inputs(kata, rng):
    """Random priors and data."""
    arg_sets = []
    for _ in range(10):
        n = int(rng.integers(0, 500))
        arg_sets.append(((int(rng.integers(1, 20)), int(rng.integers(1, 20)), int(rng.integers(0, n + 1)), n), {}))
    kata.check_each("beta_binomial_posterior", arg_sets)


def test_cdf_matches_reference_on_random_inputs(kata, rng):
    """Random shapes up to a + b ≈ 1000 and random x."""
    arg_sets = []
    for _ in range(12):
        a, b = (int(v) for v in rng.integers(1, 500, size=2))
        arg_sets.append(((float(rng.random()), a, b), {}))
    kata.check_each("beta_cdf", arg_sets, **TOL)


def test_interval_matches_reference_on_random_inputs(kata, rng):
    """Random shapes and levels from 0.5 to 0.999."""
    arg_sets = []
    for _ in range(8):
        a, b = (int(v) for v in rng.integers(1, 400, size=2))
        arg_sets.append(((a, b, float(rng.uniform(0.5, 0.999))), {}))
    kata.check_each("beta_credible_interval", arg_sets, **TOL)


def test_large_shapes_do_not_overflow(kata):
    """Beta(900, 1100): C(1999, j) overflows a float, so the terms must be computed in logs."""
    kata.check("beta_cdf", 0.45, 900, 1100, **TOL)
    kata.check("beta_credible_interval", 900, 1100, 0.95, **TOL)


def test_whole_float_shape_raises(kata):
    """A shape given as a float raises ValueError even when whole (2.0 is not an int)."""
    kata.raises_each([
        ("ValueError", "beta_cdf", (0.5, 2.0, 1), {}),
        ("ValueError", "beta_binomial_posterior", (2.0, 3, 7, 10), {}),
        ("ValueError", "beta_credible_interval", (2, 1.0, 0.9), {}),
    ])


def test_invalid_arguments_raise(kata):
    """ValueError: k > n, k < 0, a zero or non-integer shape, level 0 or 1."""
    kata.raises_each([
        ("ValueError", "beta_binomial_posterior", (1, 1, 6, 5), {}),
        ("ValueError", "beta_binomial_posterior", (1, 1, -1, 5), {}),
        ("ValueError", "beta_binomial_posterior", (0, 1, 2, 5), {}),
        ("ValueError", "beta_cdf", (0.5, 2.5, 1), {}),
        ("ValueError", "beta_credible_interval", (2, 3, 1.0), {}),
        ("ValueError", "beta_credible_interval", (2, 3, 0.0), {}),
    ])


def test_interval_contains_the_stated_mass(kata, rng):
    """The reference CDF at the returned ends: F(high) − F(low) = level and the tails are equal."""
    for _ in range(3):
        a, b, level = int(rng.integers(1, 60)), int(rng.integers(1, 60)), float(rng.uniform(0.6, 0.99))
        result = kata.call("beta_credible_interval", a, b, level)
        low, high = result.value
        f_low, f_high = kata.expected("beta_cdf", low, a, b), kata.expected("beta_cdf", high, a, b)
        require(abs(f_low - (1 - level) / 2) < 1e-8 and abs(f_high - (1 + level) / 2) < 1e-8,
                f"{result.shown} returned ({low:.6g}, {high:.6g}): the Beta CDF there is ({f_low:.6g}, {f_high:.6g}); "
                f"it should be ((1 − level)/2, (1 + level)/2) = ({(1 - level) / 2:.6g}, {(1 + level) / 2:.6g})")


def test_zero_shape_raises_everywhere(kata):
    """A shape of 0 raises ValueError in beta_cdf and beta_credible_interval too, not only in the posterior."""
    kata.raises_each([
        ("ValueError", "beta_cdf", (0.5, 0, 3), {}),
        ("ValueError", "beta_cdf", (0.5, 2, 0), {}),
        ("ValueError", "beta_credible_interval", (0, 2, 0.9), {}),
    ])


def test_shapes_are_checked_before_the_edges(kata):
    """beta_cdf validates a and b before its early returns: x ≤ 0 or x ≥ 1 with a bad shape still raises ValueError."""
    # Without the check first, beta_cdf(-0.5, 0, 1) would return 0.0 and beta_cdf(1.5, 2.0, 1) 1.0.
    kata.raises_each([
        ("ValueError", "beta_cdf", (-0.5, 0, 1), {}),
        ("ValueError", "beta_cdf", (1.5, 2.0, 1), {}),
        ("ValueError", "beta_cdf", (0.0, 3, 0.7), {}),
    ])
